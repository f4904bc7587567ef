/**
 * What pages may know about the build they run in, as `import.meta.env` values: whether it is
 * `astro build` (per-notice files go in packs, comparisons to worker threads) and the project's
 * root (where those workers' modules are; a page's own `import.meta.url` points into Vite's
 * bundle, not at src/).
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
					'import.meta.env.PROJECT_ROOT': JSON.stringify(config.root.href),
				};
				updateConfig({ vite: { define } });
			},
		},
	};
}
