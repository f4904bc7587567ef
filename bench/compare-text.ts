/**
 * Benchmark of compareText on realistic 20,000-character notice pairs (not a timed test: machines
 * differ). Run with `npx node bench/compare-text.ts [--runs 200]`; prints p50/p95/max and writes
 * bench/results/compare-text-node.json. The budget is p95 ≤ 100 ms in Node.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { forgetTexts } from '../src/compare/index.ts';
import { compareText } from '../src/compare/text/index.ts';
import { noticeMaterial } from './notice-material.ts';
import { summarize } from './percentiles.ts';
import { syntheticNoticePair } from './synthetic-notice.ts';

const LENGTH = 20_000;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const WARM_UP = 20;
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag === -1 ? 200 : Number(process.argv[runsFlag + 1]);

const material = noticeMaterial(new URL('../content/notices/', import.meta.url));
const pairs = SEEDS.map((seed) => ({ seed, ...syntheticNoticePair(seed, material, LENGTH) }));

// JIT, the segmenter and jsdiff's first calls are paid here, not in the figures.
for (let i = 0; i < WARM_UP; i++) compareText(pairs[i % pairs.length]!.a, pairs[i % pairs.length]!.b);

const times: number[] = [];
let fellBack = 0;
for (let i = 0; i < RUNS; i++) {
	const { a, b } = pairs[i % pairs.length]!;
	// Each run as a first comparison: nothing kept from the runs before.
	forgetTexts();
	const start = performance.now();
	const redline = compareText(a, b);
	times.push(performance.now() - start);
	if (redline.fellBack) fellBack++;
}

const ms = summarize(times);
const chars = (blocks: { text: string }[]) => blocks.reduce((n, block) => n + block.text.length, 0);
const result = {
	runtime: `node ${process.version}`,
	date: new Date().toISOString(),
	runs: RUNS,
	warmUp: WARM_UP,
	ms,
	budget: { p95: 100, met: ms.p95 <= 100 },
	fellBack,
	pairs: pairs.map(({ seed, a, b, counts }) => ({ seed, aChars: chars(a), bChars: chars(b), edits: counts })),
};

console.log(`compareText, ${RUNS} runs over ${pairs.length} pairs of ~${LENGTH} characters (${result.runtime})`);
console.log(`p50 ${ms.p50} ms  p95 ${ms.p95} ms  max ${ms.max} ms  mean ${ms.mean} ms  fell back ${fellBack}×`);
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(new URL('results/compare-text-node.json', import.meta.url), `${JSON.stringify(result, null, '\t')}\n`);
