/**
 * Scale benchmark (issue 7): for each corpus size, generate synthetic notices, measure parse
 * throughput against a bare decode + normalize pass, ingest them, build the site (time, pages/s,
 * peak memory), rebuild after one changed notice, and weigh the built pages. Writes
 * bench/results/scale-<N>.json. `npx node bench/scale.ts --sizes 1000,5000,10000` (default 1000).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { decodeText } from '../src/ingest/decode/index.ts';
import { parseNoticeFile } from '../src/ingest/index.ts';
import { normalizeText } from '../src/ingest/normalize/index.ts';
import { measureCommand, type CommandCost } from './measure-command.ts';

// Not strict: npm run bench hands every benchmark the same flags (--runs is another's).
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } }, strict: false });
const sizes = String(values.sizes ?? '1000');
const seed = String(values.seed ?? '1');
const root = resolve(import.meta.dirname, '..');
const node = process.execPath;

/** MB/s of the full parser and of decode + normalize alone over the same files. */
function parseThroughput(dir: string) {
	const files = readdirSync(dir).sort().map((f) => ({ f, bytes: readFileSync(join(dir, f)) }));
	const mb = files.reduce((n, { bytes }) => n + bytes.length, 0) / 2 ** 20;
	const time = (pass: (bytes: Buffer, f: string) => unknown) => {
		const start = performance.now();
		for (const { f, bytes } of files) pass(bytes, f);
		return (performance.now() - start) / 1000;
	};
	time((b, f) => normalizeText(decodeText(b, f))); // warm-up
	const bare = time((b, f) => normalizeText(decodeText(b, f)));
	const full = time((b, f) => parseNoticeFile(b, f));
	const round = (x: number) => Math.round(x * 100) / 100;
	return { mb: round(mb), parseMBps: round(mb / full), bareMBps: round(mb / bare), ratio: round(full / bare) };
}

/** Gzipped bytes of a built page's HTML. */
const pageGz = (dist: string, path: string) => gzipSync(readFileSync(join(dist, path, 'index.html')), { level: 9 }).length;

function scale(count: number) {
	const work = join(root, 'tmp', `scale-${count}`);
	rmSync(work, { recursive: true, force: true });
	const content = join(work, 'content');
	mkdirSync(join(content, 'notices'), { recursive: true });
	measureCommand(node, [join(root, 'scripts/synthetic-corpus.ts'), '--count', String(count), '--seed', seed, '--out', join(content, 'sources')]);
	const parse = parseThroughput(join(content, 'sources'));
	const ingest = measureCommand(node, [join(root, 'scripts/ingest.ts')], { CONTENT_DIR: content });
	const notices = readdirSync(join(content, 'notices')).filter((f) => f.endsWith('.mdx'));
	const dist = join(work, 'dist');
	const astro = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist];
	const env = { NOTICES_DIR: join(content, 'notices'), ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
	const build: CommandCost = measureCommand(node, astro, env);
	const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
	// One notice changes (a sentence added to its body): the rebuild a daily edit costs.
	const changed = join(content, 'notices', notices[0] ?? '');
	cpSync(changed, `${changed}.orig`);
	writeFileSync(changed, `${readFileSync(changed, 'utf8')}\n补充说明：本通知以发布机关解释为准。\n`);
	rmSync(`${changed}.orig`);
	const rebuild = measureCommand(node, astro, env);
	const first = notices[0]?.replace(/\.mdx$/, '') ?? '';
	const weight = { noticeGz: pageGz(dist, `notices/${first}`), homeGz: pageGz(dist, '') };
	const result = { count, notices: notices.length, date: new Date().toISOString(), parse, ingest, build: { ...build, pages, pagesPerSecond: Math.round(pages / build.seconds) }, rebuild, weight };
	console.log(JSON.stringify(result));
	writeFileSync(join(root, 'bench/results', `scale-${count}.json`), `${JSON.stringify(result, null, '\t')}\n`);
	rmSync(work, { recursive: true, force: true });
}

for (const size of sizes.split(',').map(Number)) scale(size);
