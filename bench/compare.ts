/**
 * Benchmark of a whole comparison as the picker's worker does it (facets + aligned text + render
 * + HTML), on seeded synthetic pairs of ~20,000-character notices, in Node and in Chromium.
 * Not a timed test: `npx node bench/compare.ts [--runs 200]` prints p50/p95/max and writes
 * bench/results/compare-{node,chromium}.json. Budget (issue 3): p95 ≤ 100 ms in both.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { compareNotices, forgetTexts } from '../src/compare/index.ts';
import { readTaxonomy } from '../scripts/lib/read-taxonomy.ts';
import { renderComparison } from '../src/compare/render/comparison.ts';
import { toHtml } from '../src/compare/render/html.ts';
import type { CompareDoc } from '../src/compare/types.ts';
import { readNotice as record } from '../test/helpers/read-notice.ts';
import { noticeMaterial } from './notice-material.ts';
import { summarize } from './percentiles.ts';
import { syntheticNoticePair } from './synthetic-notice.ts';

const LENGTH = 20_000;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const WARM_UP = 20;
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag === -1 ? 200 : Number(process.argv[runsFlag + 1]);
const root = new URL('../', import.meta.url);

const taxonomy = readTaxonomy(new URL('content/domains', root).pathname);
const material = noticeMaterial(new URL('content/notices/', root));
const [older, newer] = [record('national-2023-pilot-demonstration'), record('national-2026-pilot-call')];
const pairs: { a: CompareDoc; b: CompareDoc }[] = SEEDS.map((seed) => {
	const { a, b } = syntheticNoticePair(seed, material, LENGTH);
	return { a: { record: older, blocks: a }, b: { record: newer, blocks: b } };
});

function inNode(): number[] {
	const once = (i: number) => {
		const pair = pairs[i % pairs.length]!;
		toHtml(renderComparison(compareNotices(pair.a, pair.b, taxonomy)));
	};
	for (let i = 0; i < WARM_UP; i++) once(i);
	return Array.from({ length: RUNS }, (_, i) => {
		// Each run as a worker's first comparison: nothing kept from the runs before.
		forgetTexts();
		const start = performance.now();
		once(i);
		return performance.now() - start;
	});
}

async function inChromium(): Promise<{ times: number[]; version: string }> {
	const bundle = await build({ entryPoints: [new URL('bench/browser/compare-entry.ts', root).pathname], bundle: true, format: 'iife', write: false, minify: true, define: { 'import.meta.env.BASE_URL': '"/"' } });
	const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
	try {
		const page = await browser.newPage();
		await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
		await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
		const times = await page.evaluate(
			({ pairs, taxonomy, runs, warmUp }) => (globalThis as unknown as { benchCompare: (...args: unknown[]) => number[] }).benchCompare(pairs, taxonomy, runs, warmUp),
			{ pairs, taxonomy, runs: RUNS, warmUp: WARM_UP },
		);
		return { times, version: `chromium ${browser.version()}` };
	} finally {
		await browser.close();
	}
}

function report(runtime: string, times: number[]) {
	const ms = summarize(times);
	console.log(`${runtime}: p50 ${ms.p50} ms  p95 ${ms.p95} ms  max ${ms.max} ms  (${RUNS} runs, ${pairs.length} pairs of ~${LENGTH} chars)`);
	return { runtime, date: new Date().toISOString(), runs: RUNS, warmUp: WARM_UP, chars: LENGTH, ms, budget: { p95: 100, met: ms.p95 <= 100 } };
}

mkdirSync(new URL('bench/results/', root), { recursive: true });
const node = report(`node ${process.version}`, inNode());
writeFileSync(new URL('bench/results/compare-node.json', root), `${JSON.stringify(node, null, '\t')}\n`);
const browser = await inChromium();
const chromiumResult = report(browser.version, browser.times);
writeFileSync(new URL('bench/results/compare-chromium.json', root), `${JSON.stringify(chromiumResult, null, '\t')}\n`);
