/**
 * What pages may know about the build they run in, as `import.meta.env` values: whether it is
 * `astro build` (per-notice files go in packs) and the cache folder (where the notice loader keeps
 * bodies as HTML; a page's own `import.meta.url` points into Vite's bundle, not at the cache).
 */
import type { AstroIntegration } from 'astro';

/** The integration, listed in astro.config.mjs. */
export function buildEnv(): AstroIntegration {
	return {
		name: 'pilot-notices:build-env',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				const define = {
					'import.meta.env.SITE_BUILD': JSON.stringify(command === 'build'),
					'import.meta.env.CACHE_DIR': JSON.stringify(config.cacheDir.href),
				};
				updateConfig({ vite: { define } });
			},
		},
	};
}
