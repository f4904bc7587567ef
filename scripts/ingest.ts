/**
 * `npm run ingest -- [FILE…]`: sources → records → `content/notices/<id>.mdx` and its text's
 * blocks, `content/notices/<id>.blocks.json`.
 *
 * With no FILE, every file in content/sources/ is read and notices no source produces any more
 * are removed. A FILE from elsewhere is copied into content/sources/ first. The corrections in
 * content/overrides/<id>.yaml are applied to the records they name. Every file is parsed and
 * corrected before anything is written, so a bad file, a stale correction or an override for an
 * unknown notice stops the run with one line on stderr and leaves content/ as it was. `--check`
 * writes nothing and fails when content/notices/ would change. A notice that lacks a key fact
 * (title, issuer, submit deadline, contact) is written with one warning line on stderr.
 * `--read-timeout=SECONDS` changes how long one PDF, Word file or page may take to read (30 s).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { IngestError, parseNoticeSource, type IngestOptions, type ParsedNotice } from '../src/ingest/index.ts';
import { formatBlocks } from '../src/ingest/serialize/tree-to-blocks.ts';
import { treeToMdx } from '../src/ingest/serialize/tree-to-mdx.ts';
import { writeFileAtomic } from './lib/atomic-write.ts';
import { readSource } from './lib/read-source.ts';
import { loadOverrides } from './lib/load-overrides.ts';
import { applyOverride } from '../src/ingest/overrides/apply-override.ts';
import { keyFactWarning } from './lib/key-fact-warning.ts';
import { readTaxonomy } from './lib/read-taxonomy.ts';

// CONTENT_DIR points ingest at another content/ folder (tests use a temporary one).
const content = resolve(process.env['CONTENT_DIR'] ?? join(import.meta.dirname, '../content'));
const SOURCES = join(content, 'sources');
const NOTICES = join(content, 'notices');
const OVERRIDES = join(content, 'overrides');
// The taxonomy is the repository's, hand-kept like code, whichever content/ a run writes.
const DOMAINS = join(import.meta.dirname, '../content/domains');

/** Parses one source; an error that is not a refusal (a bug) still names the file, on one line. */
async function parseSource(bytes: Uint8Array, file: string, options: IngestOptions): Promise<ParsedNotice[]> {
	try {
		return await parseNoticeSource(bytes, file, options);
	} catch (error) {
		throw error instanceof IngestError ? error : new IngestError(file, `internal error: ${(error as Error).message}`);
	}
}

/** Where a source lives in content/sources/; a different file of the same name is refused. */
function sourceTarget(path: string, bytes: Uint8Array): string {
	const target = join(SOURCES, basename(path));
	if (resolve(path) !== target && existsSync(target) && !readFileSync(target).equals(bytes)) {
		throw new IngestError(path, `a different source named ${basename(path)} is already in content/sources/`);
	}
	return target;
}

/** Gives notices from different sources that share an id a suffix from their source's hash. */
function resolveIds(notices: ParsedNotice[]): void {
	const byId = Map.groupBy(notices, (n) => n.record.id);
	const renamed = new Map<string, string>();
	for (const [id, group] of byId) {
		if (new Set(group.map((n) => n.record.source.sha256)).size < 2) continue;
		for (const n of group) {
			n.record.id = `${id}-${n.record.source.sha256.slice(0, 6)}`;
			renamed.set(`${n.record.source.sha256}:${id}`, n.record.id);
		}
	}
	for (const n of notices) {
		const carrier = n.record.embeddedIn && renamed.get(`${n.record.source.sha256}:${n.record.embeddedIn}`);
		if (carrier) n.record.embeddedIn = carrier;
	}
}

/** Applies each notice's override; with every source read, an override no notice matches fails. */
function applyOverrides(notices: ParsedNotice[], all: boolean): ParsedNotice[] {
	const overrides = loadOverrides(OVERRIDES);
	const ids = new Set(notices.map((n) => n.record.id));
	if (all) {
		for (const [id, { file }] of overrides) {
			if (!ids.has(id)) throw new IngestError(file, `no notice has the id \`${id}\` (an override is named <id>.yaml after the record it corrects)`);
		}
	}
	return notices.map((n) => {
		const found = overrides.get(n.record.id);
		return found ? applyOverride(n, found.override, found.file) : n;
	});
}

/** The read options of `--read-timeout=SECONDS`, the last one given; none: the limits' own. */
function readOptions(args: string[]): IngestOptions {
	const given = args.findLast((a) => a.startsWith('--read-timeout='));
	if (given === undefined) return {};
	const seconds = Number(given.slice('--read-timeout='.length));
	if (!(seconds > 0 && Number.isFinite(seconds))) {
		throw new IngestError(given, '须为大于 0 的秒数 / needs a number of seconds above 0');
	}
	return { maxReadMs: seconds * 1000 };
}

/** Whether a file in content/notices/ is one ingest writes. */
function isOutput(file: string): boolean {
	return file.endsWith('.mdx') || file.endsWith('.blocks.json');
}

async function main(args: string[]): Promise<number> {
	const check = args.includes('--check');
	const options: IngestOptions = { ...readOptions(args), taxonomy: readTaxonomy(DOMAINS) };
	const files = args.filter((a) => a !== '--check' && !a.startsWith('--read-timeout='));
	const all = files.length === 0;
	const paths = all ? readdirSync(SOURCES).filter((f) => !f.startsWith('.')).sort().map((f) => join(SOURCES, f)) : files;
	const sources = paths.map((path) => {
		const bytes = readSource(path);
		return { path, bytes, target: sourceTarget(path, bytes) };
	});
	const parsed: ParsedNotice[] = [];
	// One file at a time: the readers are bounded in memory per file, not per run.
	for (const s of sources) parsed.push(...(await parseSource(s.bytes, basename(s.target), options)));
	resolveIds(parsed);
	const notices = applyOverrides(parsed, all);
	// A notice missing a title, issuer, submit deadline or contact is written all the same: one
	// warning line each, so staff know what to supply in content/overrides/.
	if (!check) {
		for (const n of notices) {
			const warning = keyFactWarning(n.record);
			if (warning !== null) process.stderr.write(`${warning}\n`);
		}
	}
	// Each notice is two files: the record and its text as MDX, and the text's blocks for the
	// comparator (<id>.blocks.json). Both are made before anything is written.
	const outputs = new Map(
		notices.flatMap((n) => [
			[join(NOTICES, `${n.record.id}.mdx`), treeToMdx(n)],
			[join(NOTICES, `${n.record.id}.blocks.json`), formatBlocks(n)],
		]),
	);
	const stale = all ? readdirSync(NOTICES).filter(isOutput).map((f) => join(NOTICES, f)).filter((p) => !outputs.has(p)) : [];
	if (check) {
		const changed = [...outputs].filter(([p, text]) => !existsSync(p) || readFileSync(p, 'utf8') !== text).map(([p]) => p);
		for (const p of [...changed, ...stale]) process.stderr.write(`${p}: would change; run npm run ingest and commit the result\n`);
		return changed.length + stale.length > 0 ? 1 : 0;
	}
	mkdirSync(NOTICES, { recursive: true });
	for (const s of sources) writeFileAtomic(s.target, s.bytes);
	let written = 0;
	for (const [path, text] of outputs) written += Number(writeFileAtomic(path, text));
	for (const path of stale) rmSync(path);
	process.stdout.write(`ingest: ${notices.length} notice(s) from ${sources.length} source(s); ${written} written, ${stale.length} removed\n`);
	return 0;
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	const message = error instanceof IngestError ? error.message : `ingest: ${(error as Error).message}`;
	process.stderr.write(`${message.split('\n')[0]}\n`);
	// Exit now: a reader refused for taking too long may still be working (pdf.js cannot be stopped).
	process.exit(1);
}
