/**
 * `npm run bench`: runs every benchmark in turn and writes BENCHMARKS.md from their results
 * (bench/results/*.json). Figures depend on the machine; the file says which one measured them.
 * `npm run bench -- --report` only rewrites BENCHMARKS.md from the results already there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { scaleSection } from './scale-section.ts';
import { searchSection } from './search-section.ts';

const root = new URL('../', import.meta.url);
const args = process.argv.slice(2);
const flag = (name: string) => {
	const at = args.indexOf(`--${name}`);
	return at === -1 ? undefined : args[at + 1];
};
// The scale benchmark keeps its largest site; the search benchmark measures queries on it.
const largest = Math.max(...(flag('sizes') ?? '1000,5000,10000').split(',').map(Number));
const kept = new URL(`tmp/scale-${largest}/`, root).pathname;
const BENCHES: [string, string[]][] = [
	['bench/compare-text.ts', args],
	['bench/compare.ts', args],
	['bench/scale.ts', [...args, '--keep']],
	['bench/search.ts', ['--dist', `${kept}dist`]],
	['bench/read.ts', []],
];

// The picker's size from the scale benchmark's site (a fresh clone has no dist/), else from dist/.
let picker = '';
if (!args.includes('--report')) {
	try {
		for (const [bench, benchArgs] of BENCHES) {
			console.log(`\n> ${bench} ${benchArgs.join(' ')}`);
			const run = spawnSync(process.execPath, [new URL(bench, root).pathname, ...benchArgs], { stdio: 'inherit' });
			if (run.status !== 0) {
				console.error(`${bench}: failed with exit code ${run.status ?? run.signal}`);
				process.exit(1);
			}
		}
		picker = pickerSize(new URL(`file://${kept}dist/`));
	} finally {
		rmSync(kept, { recursive: true, force: true });
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

/** The picker's scripts as a build emitted them into `dist` (a folder URL), if it exists. */
function pickerSize(dist: URL): string {
	const html = new URL('compare/index.html', dist);
	if (!existsSync(html)) return 'not measured (run `npm run build` first)';
	const page = readFileSync(html, 'utf8');
	const code = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
	const files = new Set([...page.matchAll(/\/_astro\/([\w.-]+\.js)/g)].map((m) => m[1]));
	for (const file of files) if (file !== undefined) code.push(readFileSync(new URL(`_astro/${file}`, dist), 'utf8'));
	const bytes = code.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0);
	return `${(bytes / 1024).toFixed(1)} kB gzipped (budget 30 kB; checked by test/site/picker-size.test.ts)`;
}

/** The read stage's section, from bench/results/read.json (issue 14: a 20-page PDF ≤ 2 s, a DOCX ≤ 0.5 s). */
function readSection(): string {
	interface Read { date: string; pdf: { pages: number; bytes: number; p50: number; max: number }; docx: { bytes: number; p50: number; max: number } }
	const r = JSON.parse(readFileSync(new URL('bench/results/read.json', root), 'utf8')) as Read;
	const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
	const met = (ms: number, budget: number) => `≤ ${budget / 1000} s: ${ms <= budget ? 'met' : '**not met**'}`;
	return `## Reading PDF and Word files (issue 14)

\`node bench/read.ts\` on ${r.date}: the Tianjin seed repeated six times, printed by Debian's Chromium to a
${r.pdf.pages}-page PDF (${kB(r.pdf.bytes)}) and written as a DOCX (${kB(r.docx.bytes)}) with Word numbering and a contact table; one
warm-up read, then 5 reads of \`readNotice\` (text out, before parsing).

| what | p50 | max | budget |
|---|---|---|---|
| ${r.pdf.pages}-page PDF → text (pdf.js via unpdf, line rebuilding, running lines dropped) | ${r.pdf.p50} ms | ${r.pdf.max} ms | ${met(r.pdf.max, 2000)} |
| DOCX → text (mammoth, numbering restored, tables) | ${r.docx.p50} ms | ${r.docx.max} ms | ${met(r.docx.max, 500)} |
`;
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

The picker's JavaScript (page scripts + worker): ${picker || pickerSize(new URL('dist/', root))}.

${searchSection(root)}
${scaleSection(root)}
${readSection()}`,
);
console.log('\nWrote BENCHMARKS.md');
