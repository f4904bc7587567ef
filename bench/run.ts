/**
 * `npm run bench`: runs every benchmark in turn and writes BENCHMARKS.md from their results
 * (bench/results/*.json). Figures depend on the machine; the file says which one measured them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url);
const BENCHES = ['bench/compare-text.ts', 'bench/compare.ts'];

for (const bench of BENCHES) {
	console.log(`\n> ${bench}`);
	const run = spawnSync(process.execPath, [new URL(bench, root).pathname, ...process.argv.slice(2)], { stdio: 'inherit' });
	if (run.status !== 0) {
		console.error(`${bench}: failed with exit code ${run.status ?? run.signal}`);
		process.exit(1);
	}
}

interface Result {
	runtime: string;
	date: string;
	runs: number;
	ms: { p50: number; p95: number; max: number };
	budget: { p95: number; met: boolean };
}
const read = (name: string): Result => JSON.parse(readFileSync(new URL(`bench/results/${name}.json`, root), 'utf8')) as Result;
const row = (what: string, r: Result) =>
	`| ${what} | ${r.runtime} | ${r.runs} | ${r.ms.p50} | ${r.ms.p95} | ${r.ms.max} | ≤ ${r.budget.p95} ms: ${r.budget.met ? 'met' : '**not met**'} |`;

/** The picker's scripts as the build emitted them, if dist/ exists. */
function pickerSize(): string {
	const html = new URL('dist/compare/index.html', root);
	if (!existsSync(html)) return 'not measured (run `npm run build` first)';
	const page = readFileSync(html, 'utf8');
	const code = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
	const files = new Set([...page.matchAll(/\/_astro\/([\w.-]+\.js)/g)].map((m) => m[1]));
	for (const file of files) if (file !== undefined) code.push(readFileSync(new URL(`dist/_astro/${file}`, root), 'utf8'));
	const bytes = code.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0);
	return `${(bytes / 1024).toFixed(1)} kB gzipped (budget 30 kB; checked by test/site/picker-size.test.ts)`;
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM`;
const text = read('compare-text-node');
const node = read('compare-node');
const chromium = read('compare-chromium');
writeFileSync(
	new URL('BENCHMARKS.md', root),
	`# Benchmarks

Written by \`npm run bench\` on ${node.date.slice(0, 10)}; machine: ${machine}.
Milliseconds per comparison of two synthetic ~20,000-character notices (seeded, built from the real
notices' sentences; \`bench/synthetic-notice.ts\`), after a warm-up, nearest-rank percentiles.

## Comparing two notices (issue 3)

| what | runtime | runs | p50 | p95 | max | budget |
|---|---|---|---|---|---|---|
${row('aligned text redline (`compareText`)', text)}
${row('whole comparison + HTML, as the picker worker does', node)}
${row('whole comparison + HTML, as the picker worker does', chromium)}

The picker's JavaScript (page scripts + worker): ${pickerSize()}.
`,
);
console.log('\nWrote BENCHMARKS.md');
