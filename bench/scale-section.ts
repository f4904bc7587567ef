/**
 * The scale section of BENCHMARKS.md, from bench/results/scale-<N>.json (bench/scale.ts), each
 * figure beside its budget (issue 7) and the command that reproduces it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

interface CommandCost {
	seconds: number;
	peakMB: number;
}
interface ScaleResult {
	count: number;
	notices: number;
	date: string;
	parse: { mb: number; parseMBps: number; bareMBps: number; ratio: number };
	ingest: CommandCost;
	build: CommandCost & { pages: number; pagesPerSecond: number };
	rebuild: CommandCost;
	weight: { noticeGz: number; homeGz: number };
}

const met = (ok: boolean) => (ok ? 'met' : '**not met**');

function row(r: ScaleResult): string {
	const build = r.build;
	return `| ${r.count} (${r.notices} notices) | ${r.parse.parseMBps} MB/s, ${r.parse.ratio}× bare (${r.parse.bareMBps} MB/s) | ${r.ingest.seconds} s, ${r.ingest.peakMB} MB | ${build.seconds} s, ${build.pages} pages, ${build.pagesPerSecond} pages/s, ${build.peakMB} MB | ${r.rebuild.seconds} s |`;
}

/**
 * The section's Markdown, or a line saying how to measure when nothing was.
 * @param root The repository root URL.
 */
export function scaleSection(root: URL): string {
	const dir = new URL('bench/results/', root);
	const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^scale-\d+\.json$/.test(f)) : [];
	const results = files.map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as ScaleResult).sort((a, b) => a.count - b.count);
	if (results.length === 0) return '## Scale\n\nNot measured yet: `npx node bench/scale.ts --sizes 1000,5000,10000`.\n';
	const largest = results.at(-1) as ScaleResult;
	return `## Scale (issue 7)

\`npx node bench/scale.ts --sizes ${results.map((r) => r.count).join(',')}\` on ${largest.date.slice(0, 10)}: synthetic sources from
\`npm run corpus\` (seeded; spread over levels and places like a real corpus), parsed, ingested into a temporary
content folder and built with its own cache. Peak memory is the largest process (GNU time).

| sources | parse (budget ≥ 5 MB/s, ≤ 3× bare) | ingest | build (budget at 10k: ≤ 300 s, ≥ 40 pages/s, heap ≤ 4 GB) | rebuild after one changed notice (budget ≤ 30 s) |
|---|---|---|---|---|
${results.map(row).join('\n')}

Budgets at the largest size measured (${largest.count}): parse ≥ 5 MB/s: ${met(largest.parse.parseMBps >= 5)}; parse within 3× of
decode + normalize: ${met(largest.parse.ratio <= 3)}; ≥ 40 pages/s: ${met(largest.build.pagesPerSecond >= 40)}; rebuild ≤ 30 s:
${met(largest.rebuild.seconds <= 30)}. Page weight (gzipped HTML) at that size: a notice page ${(largest.weight.noticeGz / 1024).toFixed(1)} kB,
the home page ${(largest.weight.homeGz / 1024).toFixed(1)} kB. Per-page budgets (no JS on reading pages, CSS ≤ 16 kB, notice chrome
≤ 7 kB) are enforced on every build by \`test/site/size-budget.test.ts\`.
`;
}
