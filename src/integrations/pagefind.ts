/**
 * The search index as part of `astro build`: at astro:build:done, indexSite runs Pagefind
 * (extended, checked) over the built notice pages and writes the literal index beside it. Any
 * Pagefind error, or a binary that is not the extended build, fails the build.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from './index-site.ts';

/**
 * The integration, listed in astro.config.mjs.
 * @example integrations: [pagefind()]
 */
export function pagefind(): AstroIntegration {
	// Indexed bundles are kept beside Astro's own build cache, for the next build.
	let cacheDir: string | undefined;
	return {
		name: 'pilot-notices:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				await indexSite(fileURLToPath(dir), (line) => logger.info(line), { cacheDir });
			},
		},
	};
}
