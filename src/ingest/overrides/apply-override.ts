/**
 * Applies a reviewer's corrections to a parsed record. A correction holds only while the parser
 * still extracts what it corrected (`expected`): when the source or the parser changed, the
 * correction is refused loudly, naming the override file and the field, rather than applied to a
 * value it was not written for or dropped.
 */
import { isDeepStrictEqual } from 'node:util';
import { NoticeSchema } from '../../schemas/notice.ts';
import type { Override } from '../../schemas/override.ts';
import { IngestError } from '../errors.ts';
import type { FactKind, ParsedNotice } from '../types.ts';

/** The record list each kind of fact mark points into. */
const LIST_OF: Readonly<Record<FactKind, string>> = {
	domain: 'domains',
	condition: 'conditions',
	quota: 'quotas',
	deadline: 'deadlines',
	contact: 'contacts',
	attachment: 'attachments',
	period: 'period',
	system: 'submission.systems',
	mailbox: 'submission.emails',
	paper: 'submission.paper',
	electronic: 'submission.electronic',
	via: 'submission.via',
	material: 'materials',
	forward: 'forwards',
};

/** One step of a field path: a key or an index. */
type Step = string | number;

/** Splits `deadlines[0].date` into `['deadlines', 0, 'date']`. */
function stepsOf(field: string): Step[] {
	return [...field.matchAll(/([A-Za-z]+)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
}

/** The value at a path, or `undefined` when the path leads nowhere. */
function valueAt(value: unknown, steps: Step[]): unknown {
	let at = value;
	for (const step of steps) {
		if (typeof step === 'number' ? !Array.isArray(at) || step >= at.length : at === null || typeof at !== 'object' || Array.isArray(at) || !Object.hasOwn(at, step)) {
			return undefined;
		}
		at = (at as Record<Step, unknown>)[step];
	}
	return at;
}

/** Sets the value at a path whose parent exists (checked by `valueAt` first). */
function setAt(value: unknown, steps: Step[], next: unknown): void {
	const parent = valueAt(value, steps.slice(0, -1)) as Record<Step, unknown>;
	parent[steps.at(-1)!] = next;
}

/** A value as the refusal shows it: JSON on one line, cut after 160 characters. */
function show(value: unknown): string {
	if (value === undefined) return 'nothing';
	const json = JSON.stringify(value);
	return json.length > 160 ? `${json.slice(0, 160)}…` : json;
}

/**
 * Applies the corrections of one override file to a parsed notice: the record gets the corrected
 * values and lists them in `corrections`. A list replaced whole (`field: quotas`) loses its marks
 * in the text, since its items need not match the sentences the parser found any more; a
 * corrected item (`quotas[0].max`) keeps its mark.
 * @param notice The notice as the parser read it (not changed).
 * @param override The file's corrections.
 * @param file The override file, for refusals.
 * @returns The corrected notice, its record checked by NoticeSchema.
 * @throws {IngestError} When a correction is stale or the corrected record is invalid.
 * @example
 * applyOverride(notice, { corrections: [{ field: 'docNumber', expected: null, value: '津标〔2025〕5号', reason: '原文漏印' }] }, 'x.yaml').record.docNumber
 * // '津标〔2025〕5号'
 */
export function applyOverride(notice: ParsedNotice, override: Override, file: string): ParsedNotice {
	const { record } = notice;
	const corrected = structuredClone(record);
	for (const { field, expected, value } of override.corrections) {
		const steps = stepsOf(field);
		const found = valueAt(record, steps);
		if (found === undefined || !isDeepStrictEqual(found, expected)) {
			throw new IngestError(file, `stale correction of \`${field}\`: the parser now extracts ${show(found)}, the correction expects ${show(expected)}; check the source and update or remove it`);
		}
		setAt(corrected, steps, value);
	}
	corrected.corrections = override.corrections.map(({ field, reason }) => ({ field, reason }));
	const result = NoticeSchema.safeParse(corrected);
	if (result.success) {
		// A list replaced whole, or the field holding it (`submission` holds `submission.systems`).
		const replaces = (list: string) => override.corrections.some(({ field }) => list === field || list.startsWith(`${field}.`));
		const anchors = notice.anchors.filter((a) => a.kind === 'period' || !replaces(LIST_OF[a.kind]));
		return { ...notice, record: result.data, anchors };
	}
	const issue = result.error.issues[0]!;
	throw new IngestError(file, `corrected record is invalid at \`${issue.path.join('.')}\`: ${issue.message}`);
}
