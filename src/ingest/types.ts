/**
 * Types shared by the ingest stages. The section tree is mdast (see src/schemas/section-tree.ts);
 * offsets are UTF-16 code-unit offsets into the notice's normalized text.
 */
import type { Root } from 'mdast';
import type { NoticeRecord } from '../schemas/notice.ts';

/**
 * The kinds of extracted fact a page can link to its sentence. The parts of `submission` each
 * have their own: `system-0` (systems[0]), `mailbox-0` (emails[0]), `paper-0`, `electronic-0`,
 * `via-0`; `material-1` is materials[1]; `forward-0` is where the notice names the call it forwards.
 */
export type FactKind =
	| 'domain'
	| 'condition'
	| 'quota'
	| 'deadline'
	| 'contact'
	| 'attachment'
	| 'period'
	| 'system'
	| 'mailbox'
	| 'paper'
	| 'electronic'
	| 'via'
	| 'material'
	| 'forward';

/** Where one fact was found: `[start, end)` in the normalized text of its notice. */
export interface Anchor {
	/** Anchor id used in the page, from `factId()`: `deadline-0`. */
	id: string;
	kind: FactKind;
	start: number;
	end: number;
}

/** One notice read from a file: its record, its section tree and where each fact was found. */
export interface ParsedNotice {
	record: NoticeRecord;
	tree: Root;
	anchors: Anchor[];
}
