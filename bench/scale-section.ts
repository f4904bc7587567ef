/**
 * The scale section of BENCHMARKS.md, from bench/results/scale-<N>.json (bench/scale.ts), each
 * figure beside its budget (issue 7) and the command that reproduces it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

interface Phases {
	seconds: number;
	peakMB: number;
	/** Vite's bundle of the site, every MDX notice a module (absent from older results). */
	bundlingSeconds?: number;
	generationSeconds: number | null;
	renderedPages: number;
	reusedPages: number;
	pagefind: { pages: number; bundles: number; bundlesReused: number; seconds: number };
	literalSeconds: number;
}
interface Weight {
	path: string;
	htmlGz: number;
	cssGz: number;
	jsGz: number;
}
/** One bench/results/scale-<N>.json. */
export interface ScaleResult {
	count: number;
	notices: number;
	date: string;
	heapLimitMB: number;
	parse: { mb: number; parseMBps: number; bareMBps: number; ratio: number };
	ingest: { seconds: number; peakMB: number };
	build: Phases & { pages: number; pagesPerSecond: number };
	rebuild: Phases;
	weight: { notice: Weight; home: Weight; compare?: Weight };
}

/** The budgets of issue 7. */
export const BUDGET = { parseMBps: 5, parseRatio: 3, buildSeconds: 300, pagesPerSecond: 40, heapMB: 4096, rebuildSeconds: 30, indexSeconds: 180, indexPeakGB: 6 };

const met = (ok: boolean) => (ok ? 'met' : '**not met**');
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const secs = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '—' : `${x} s`);

function row(r: ScaleResult): string {
	const b = r.build;
	const rb = r.rebuild;
	return [
		`| ${r.count} (${r.notices} notices)`,
		`${r.parse.parseMBps} MB/s, ${r.parse.ratio}× bare (${r.parse.bareMBps} MB/s)`,
		`${r.ingest.seconds} s, ${r.ingest.peakMB} MB`,
		`${b.seconds} s, ${b.pages} pages, ${b.pagesPerSecond} pages/s, ${b.peakMB} MB`,
		`${secs(b.bundlingSeconds)} / ${secs(b.generationSeconds)}`,
		`${b.pagefind.seconds} s (${b.pagefind.pages} pages, ${b.pagefind.bundles} bundles) + ${b.literalSeconds} s`,
		`${rb.seconds} s: bundling ${secs(rb.bundlingSeconds)}, pages ${secs(rb.generationSeconds)} (${rb.renderedPages} rendered, ${rb.reusedPages} copied), ${rb.pagefind.bundles - rb.pagefind.bundlesReused} of ${rb.pagefind.bundles} bundles indexed (${rb.pagefind.seconds} s), literal index ${rb.literalSeconds} s |`,
	].join(' | ');
}

const weightRow = (what: string, w: Weight | undefined) =>
	w === undefined ? '' : `| ${what} (\`${w.path}\`) | ${kB(w.htmlGz)} | ${kB(w.cssGz)} | ${kB(w.jsGz)} |\n`;

/**
 * The section's Markdown, or a line saying how to measure when nothing was.
 * @param root The repository root URL.
 */
export function scaleSection(root: URL): string {
	const dir = new URL('bench/results/', root);
	const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^scale-\d+\.json$/.test(f)) : [];
	const results = files.map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as ScaleResult).sort((a, b) => a.count - b.count);
	if (results.length === 0 || results.some((r) => r.weight.notice === undefined)) {
		return '## Scale (issue 7)\n\nNot measured yet: `npx node bench/scale.ts --sizes 1000,5000,10000`.\n';
	}
	const largest = results.at(-1) as ScaleResult;
	const w = largest.weight;
	return `## Scale (issue 7)

\`npx node bench/scale.ts --sizes ${results.map((r) => r.count).join(',')}\` on ${largest.date.slice(0, 10)}: synthetic sources from
\`npm run corpus\` (seeded; spread over levels and places like a real corpus), parsed, ingested into a temporary
content folder and built with its own cache, with the Node heap capped at ${largest.heapLimitMB} MB
(\`--max-old-space-size\`): a build that finishes kept its heap under the budget. Peak memory is the
largest process (GNU time). The rebuild follows a sentence added to one notice, with the first build's
cache (Astro's incremental build, \`src/lib/cache-key.ts\`; cached Pagefind bundles).

| sources | parse | ingest | build (HTML pages; every output incl. JSON and .ics is rendered) | of which Vite bundling / page generation | of which Pagefind + literal index | rebuild after one changed notice |
|---|---|---|---|---|---|---|
${results.map(row).join('\n')}

Budgets at ${largest.count} sources (${largest.notices} notices):

| budget | measured | |
|---|---|---|
| parse ≥ ${BUDGET.parseMBps} MB/s | ${largest.parse.parseMBps} MB/s | ${met(largest.parse.parseMBps >= BUDGET.parseMBps)} |
| parse within ${BUDGET.parseRatio}× of decode + normalize | ${largest.parse.ratio}× | ${met(largest.parse.ratio <= BUDGET.parseRatio)} |
| build ≤ ${BUDGET.buildSeconds} s | ${largest.build.seconds} s | ${met(largest.build.seconds <= BUDGET.buildSeconds)} |
| build ≥ ${BUDGET.pagesPerSecond} pages/s | ${largest.build.pagesPerSecond} pages/s | ${met(largest.build.pagesPerSecond >= BUDGET.pagesPerSecond)} |
| Node heap ≤ ${BUDGET.heapMB} MB | built under a ${largest.heapLimitMB} MB heap limit (largest process ${largest.build.peakMB} MB resident) | ${met(largest.heapLimitMB <= BUDGET.heapMB)} |
| rebuild after one changed notice ≤ ${BUDGET.rebuildSeconds} s | ${largest.rebuild.seconds} s | ${met(largest.rebuild.seconds <= BUDGET.rebuildSeconds)} |

Page weight at ${largest.count} sources, gzipped; CSS that Astro inlines is part of the HTML (per-page budgets — no JS on reading pages but the
notice page's 2 kB, CSS ≤ 16 kB, notice chrome ≤ 7 kB — are enforced on every build by
\`test/site/size-budget.test.ts\`):

| page | HTML | CSS | JS |
|---|---|---|---|
${weightRow('a notice', w.notice)}${weightRow('the home page', w.home)}${weightRow('a comparison', w.compare)}`;
}
