/**
 * The search index as part of `astro build`. Notice pages render first, and once Astro moves past
 * them their Pagefind bundles are indexed in a worker while the other routes render
 * (early-index.ts); at astro:build:done, indexSite takes those bundles, indexes any others, and
 * writes the literal index beside them. Any Pagefind error, or a binary that is not the extended
 * build, fails the build.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUNDLE_PAGES, PAGE_FOLDERS } from './bundle-plan.ts';
import { EarlyIndex, noticesFirst, pageFile } from './early-index.ts';
import { indexSite } from './index-site.ts';

/**
 * The integration, listed in astro.config.mjs.
 * @example integrations: [pagefind()]
 */
export function pagefind(): AstroIntegration {
	// Indexed bundles are kept beside Astro's own build cache, for the next build.
	let cacheDir: string | undefined;
	let outDir = '';
	// Indexing early needs Astro to write each page before it renders the next, under <page>/index.html.
	let early = false;
	let earlyIndex = new EarlyIndex();
	return {
		name: 'pilot-notices:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
				outDir = fileURLToPath(config.outDir);
				early = config.build.format === 'directory' && config.build.concurrency === 1;
			},
			'astro:build:start': ({ setPrerenderer }) => {
				earlyIndex = new EarlyIndex();
				const cache = cacheDir;
				if (!early || cache === undefined) return;
				setPrerenderer((inner) =>
					noticesFirst(inner, PAGE_FOLDERS, (pathnames) =>
						earlyIndex.start({ out: outDir, files: pathnames.map(pageFile), cacheDir: cache, bundlePages: BUNDLE_PAGES }),
					),
				);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { bundles, planned, failed } = await earlyIndex.take();
				if (failed !== undefined) logger.warn(`渲染时提前索引失败，改在构建后索引：${failed} / indexing while pages rendered failed, indexing after the build: ${failed}`);
				else if (planned !== undefined) logger.info(`渲染其余页面时规划了 ${planned} 个分包，索引了其中 ${bundles.size} 个 / planned ${planned} bundles while the other routes rendered and indexed ${bundles.size} of them`);
				await indexSite(fileURLToPath(dir), (line) => logger.info(line), { cacheDir, early: bundles });
			},
		},
	};
}
