/**
 * The ingest pipeline's only public entry: bytes of one source file → the notices it holds, each
 * as a validated record, its section tree and where each fact was found.
 *
 *   read (PDF, Word, web page; text → decode) → normalize → segment (join broken lines, split notices, build trees)
 *          → extract (one unified plugin per field group) → validate with NoticeSchema
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { DomainTaxonomy } from '../schemas/domain.ts';
import { NoticeSchema, type NoticeRecord } from '../schemas/notice.ts';
import { decodeText } from './decode/index.ts';
import { readNotice, type ReadOptions, type ReadText } from './read/index.ts';
import { IngestError } from './errors.ts';
import { blocksOf } from './extract/blocks.ts';
import { remarkNoticeAttachments } from './extract/attachments.ts';
import { remarkNoticeConditions } from './extract/conditions.ts';
import { remarkNoticeContacts } from './extract/contacts.ts';
import { remarkNoticeDeadlineParty } from './extract/deadline-party.ts';
import { remarkNoticeDeadlines } from './extract/deadlines.ts';
import { remarkNoticeDomainCanonical } from './extract/domain-canonical.ts';
import { remarkNoticeDomains } from './extract/domains.ts';
import { remarkNoticeForwards } from './extract/forwards.ts';
import { remarkNoticeHeader } from './extract/header.ts';
import { remarkNoticeId } from './extract/id.ts';
import { remarkNoticeIssuedOn } from './extract/issued-on.ts';
import { remarkNoticeJurisdiction } from './extract/jurisdiction.ts';
import { remarkNoticeMaterials } from './extract/materials.ts';
import { remarkNoticePeriod } from './extract/period.ts';
import { remarkNoticeProgrammes } from './extract/programmes.ts';
import { remarkNoticeQuotas } from './extract/quotas.ts';
import { remarkNoticeSubmission } from './extract/submission.ts';
import { remarkNoticeYear } from './extract/year.ts';
import { normalizeText } from './normalize/index.ts';
import { notNoticeReason } from './refusal.ts';
import { segmentText } from './segment/index.ts';
import type { ParsedNotice } from './types.ts';

export { IngestError } from './errors.ts';
export type { Anchor, FactKind, ParsedNotice } from './types.ts';

/** What the caller gives the pipeline beside the bytes: how reading is bounded, and the taxonomy. */
export interface IngestOptions extends ReadOptions {
	/**
	 * The domain taxonomy (content/domains/*.yaml, read by scripts/lib/read-taxonomy.ts) that
	 * `domains[].canonical` is matched against; without it every `canonical` is empty.
	 */
	taxonomy?: DomainTaxonomy;
}

const NO_TAXONOMY: DomainTaxonomy = [];

/** The extraction steps, in order: later steps read what earlier ones wrote. */
function createExtractor(taxonomy: DomainTaxonomy) {
	return unified()
		.use(remarkNoticeHeader)
		.use(remarkNoticeIssuedOn)
		.use(remarkNoticeYear)
		.use(remarkNoticeJurisdiction)
		.use(remarkNoticeId)
		.use(remarkNoticeProgrammes)
		.use(remarkNoticeDomains)
		.use(remarkNoticeDomainCanonical, { taxonomy })
		.use(remarkNoticeConditions)
		.use(remarkNoticeQuotas)
		.use(remarkNoticeDeadlines)
		.use(remarkNoticeDeadlineParty)
		.use(remarkNoticeContacts)
		.use(remarkNoticeAttachments)
		.use(remarkNoticeSubmission)
		.use(remarkNoticeMaterials)
		.use(remarkNoticePeriod)
		.use(remarkNoticeForwards)
		.freeze();
}

// One frozen processor per taxonomy: a run passes the same one for every file.
const extractors = new WeakMap<DomainTaxonomy, ReturnType<typeof createExtractor>>();

function extractorFor(taxonomy: DomainTaxonomy): ReturnType<typeof createExtractor> {
	let extractor = extractors.get(taxonomy);
	if (extractor === undefined) extractors.set(taxonomy, (extractor = createExtractor(taxonomy)));
	return extractor;
}

/** Runs the extraction plugins over one tree; fails with the plugin's reason. */
function extract(tree: Root, file: string, taxonomy: DomainTaxonomy): { record: Partial<NoticeRecord>; anchors: ParsedNotice['anchors'] } {
	const vfile = new VFile({ path: file });
	vfile.data.blocks = blocksOf(tree);
	try {
		extractorFor(taxonomy).runSync(tree, vfile);
	} catch (error) {
		throw new IngestError(file, error instanceof Error ? error.message.replace(/^.*?:\d+:\d+: /, '') : String(error));
	}
	return { record: vfile.data.notice ?? {}, anchors: vfile.data.anchors ?? [] };
}

/** Validates a record, naming the first bad field. */
function validate(record: unknown, file: string): NoticeRecord {
	const result = NoticeSchema.safeParse(record);
	if (result.success) return result.data;
	const issue = result.error.issues[0]!;
	throw new IngestError(file, `invalid record field \`${issue.path.join('.')}\`: ${issue.message}`);
}

/**
 * Parses one source file into the notices it holds; the first is the file's own notice, the
 * others are notices it carries (`embeddedIn` the first).
 * @param bytes the file's bytes, exactly as received
 * @param file the name recorded as `source.file` and used in error messages
 * @param options the taxonomy domains are matched against
 * @throws IngestError when the file is not a readable notice
 */
export function parseNoticeFile(bytes: Uint8Array, file: string, options: IngestOptions = {}): ParsedNotice[] {
	return parseRead({ text: decodeText(bytes, file), format: 'text' }, bytes, file, options);
}

/**
 * Parses one source file in any format ingest reads (PDF, DOCX, a saved page, text), chosen by
 * its bytes; a text file gives exactly what `parseNoticeFile` gives.
 * @param bytes the file's bytes, exactly as published
 * @param file the name recorded as `source.file` and used in error messages
 * @param options how reading is bounded (the time limit; MAX_READ_MS by default) and the taxonomy
 *   domains are matched against
 * @throws IngestError when the file cannot be read, takes too long to read, or is not a notice
 */
export async function parseNoticeSource(bytes: Uint8Array, file: string, options: IngestOptions = {}): Promise<ParsedNotice[]> {
	return parseRead(await readNotice(bytes, file, options), bytes, file, options);
}

/** The notices in a read text; `source` names the original bytes and, unless text, the format. */
function parseRead({ text, format }: ReadText, bytes: Uint8Array, file: string, options: IngestOptions): ParsedNotice[] {
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const { lines, trees } = segmentText(normalizeText(text));
	const refused = notNoticeReason(text, lines);
	if (refused) throw new IngestError(file, refused);
	const notices: ParsedNotice[] = [];
	for (const tree of trees) {
		const { record, anchors } = extract(tree, file, options.taxonomy ?? NO_TAXONOMY);
		record.embeddedIn = notices[0]?.record.id ?? null;
		record.source = format === 'text' ? { file: basename(file), sha256 } : { file: basename(file), sha256, format };
		const id = record.id!;
		if (notices.some((n) => n.record.id === id)) record.id = `${id}-${notices.length + 1}`;
		notices.push({ record: validate(sortKeys(record), file), tree, anchors });
	}
	return notices;
}

const KEY_ORDER = Object.keys(NoticeSchema.shape);

/**
 * Orders a record's keys as the schema lists them, so output is stable and readable; an optional
 * key without a value (`corrections`) is left out, not written as `undefined`.
 */
function sortKeys(record: Partial<NoticeRecord>): Record<string, unknown> {
	const entries = KEY_ORDER.map((k) => [k, record[k as keyof NoticeRecord]] as const);
	return Object.fromEntries(entries.filter(([k, value]) => value !== undefined || k !== 'corrections'));
}
