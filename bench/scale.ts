/**
 * Scale benchmark (issue 7): for each corpus size, generate synthetic sources (`npm run corpus`),
 * measure parse throughput against a bare decode + normalize pass, ingest them, build the site
 * (time, pages/s, peak memory, with the Node heap capped at the budget, so a finished build proves
 * the heap stayed under it), rebuild after one changed notice (Astro's incremental build and the
 * cached Pagefind bundles), and weigh the built pages. Writes bench/results/scale-<N>.json.
 * `npx node bench/scale.ts --sizes 1000,5000,10000 [--seed 1] [--keep]`; `--keep` leaves the
 * largest size's site in tmp/scale-<N>/dist (the search benchmark measures queries on it).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { decodeText } from '../src/ingest/decode/index.ts';
import { parseNoticeFile } from '../src/ingest/index.ts';
import { normalizeText } from '../src/ingest/normalize/index.ts';
import { buildPhases } from './build-phases.ts';
import { measureCommand } from './measure-command.ts';

// Not strict: npm run bench hands every benchmark the same flags (--runs is another's).
const { values } = parseArgs({
	options: { sizes: { type: 'string', default: '1000,5000,10000' }, seed: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false } },
	strict: false,
});
const sizes = String(values.sizes ?? '1000,5000,10000').split(',').map(Number);
const seed = String(values.seed ?? '1');
const root = resolve(import.meta.dirname, '..');
const node = process.execPath;
/** The heap budget (issue 7): builds run with it as V8's limit. */
export const HEAP_MB = 4096;

/** MB/s of the full parser and of decode + normalize alone over the same files. */
function parseThroughput(dir: string) {
	const files = readdirSync(dir).sort().map((f) => ({ f, bytes: readFileSync(join(dir, f)) }));
	const mb = files.reduce((n, { bytes }) => n + bytes.length, 0) / 2 ** 20;
	const time = (pass: (bytes: Buffer, f: string) => unknown) => {
		const start = performance.now();
		for (const { f, bytes } of files) pass(bytes, f);
		return (performance.now() - start) / 1000;
	};
	// Warm-up, then the best of three of each: the machine's other work only ever slows a pass.
	time((b, f) => parseNoticeFile(b, f));
	const best = (pass: (bytes: Buffer, f: string) => unknown) => Math.min(time(pass), time(pass), time(pass));
	const bare = best((b, f) => normalizeText(decodeText(b, f)));
	const full = best((b, f) => parseNoticeFile(b, f));
	const round = (x: number) => Math.round(x * 100) / 100;
	return { mb: round(mb), parseMBps: round(mb / full), bareMBps: round(mb / bare), ratio: round(full / bare) };
}

/** Gzipped bytes of a built page's HTML, and of the CSS and JS files it loads. */
function pageWeight(dist: string, path: string) {
	const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
	const assets = (ext: string) =>
		[...new Set([...html.matchAll(new RegExp(`/(_astro/[\\w.-]+\\.${ext})`, 'gu'))].map((m) => m[1] ?? ''))].reduce(
			(sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
			0,
		);
	return { path: `/${path}/`.replace(/\/+/gu, '/'), htmlGz: gzipSync(html, { level: 9 }).length, cssGz: assets('css'), jsGz: assets('js') };
}

function scale(count: number, keep: boolean) {
	const work = join(root, 'tmp', `scale-${count}`);
	rmSync(work, { recursive: true, force: true });
	const content = join(work, 'content');
	mkdirSync(join(content, 'notices'), { recursive: true });
	console.log(`scale ${count}: corpus`);
	measureCommand(node, [join(root, 'scripts/synthetic-corpus.ts'), '--count', String(count), '--seed', seed, '--out', join(content, 'sources')]);
	console.log(`scale ${count}: parse`);
	const parse = parseThroughput(join(content, 'sources'));
	console.log(`scale ${count}: ingest`);
	const ingest = measureCommand(node, [join(root, 'scripts/ingest.ts')], { CONTENT_DIR: content });
	const notices = readdirSync(join(content, 'notices')).filter((f) => f.endsWith('.mdx')).sort();
	const dist = join(work, 'dist');
	const astro = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist];
	const env = {
		NOTICES_DIR: join(content, 'notices'),
		ASTRO_CACHE_DIR: join(work, 'cache'),
		ASTRO_TELEMETRY_DISABLED: '1',
		NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`,
	};
	console.log(`scale ${count}: build`);
	const build = measureCommand(node, astro, env);
	writeFileSync(join(work, 'build.log'), build.log);
	const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
	// One notice changes (a sentence added to its text): the rebuild a daily correction costs.
	const changed = notices[Math.floor(notices.length / 2)] ?? '';
	const file = join(content, 'notices', changed);
	writeFileSync(file, `${readFileSync(file, 'utf8')}\n补充说明：本通知以发布机关解释为准。\n`);
	console.log(`scale ${count}: rebuild after ${changed} changed`);
	const rebuild = measureCommand(node, astro, env);
	writeFileSync(join(work, 'rebuild.log'), rebuild.log);
	const comparePage = readdirSync(join(dist, 'compare'), { withFileTypes: true }).find((d) => d.isDirectory());
	const compareDir = comparePage === undefined ? undefined : join('compare', comparePage.name, readdirSync(join(dist, 'compare', comparePage.name))[0] ?? '');
	const weight = {
		notice: pageWeight(dist, join('notices', changed.replace(/\.mdx$/u, ''))),
		home: pageWeight(dist, ''),
		...(compareDir === undefined ? {} : { compare: pageWeight(dist, compareDir) }),
	};
	const result = {
		count,
		notices: notices.length,
		date: new Date().toISOString(),
		heapLimitMB: HEAP_MB,
		parse,
		ingest: { seconds: ingest.seconds, peakMB: ingest.peakMB },
		build: { seconds: build.seconds, peakMB: build.peakMB, pages, pagesPerSecond: Math.round(pages / build.seconds), ...buildPhases(build.log) },
		rebuild: { seconds: rebuild.seconds, peakMB: rebuild.peakMB, ...buildPhases(rebuild.log) },
		weight,
	};
	console.log(JSON.stringify(result));
	writeFileSync(join(root, 'bench/results', `scale-${count}.json`), `${JSON.stringify(result, null, '\t')}\n`);
	if (keep) rmSync(join(work, 'cache'), { recursive: true, force: true });
	else rmSync(work, { recursive: true, force: true });
}

for (const [i, size] of sizes.entries()) scale(size, values.keep === true && i === sizes.length - 1);
