/**
 * Reads an override file (content/overrides/<id>.yaml): YAML, then OverrideSchema. Any problem is
 * one IngestError naming the file, the place and the reason, so a reviewer's typo stops ingest
 * with a line they can act on.
 */
import { parseDocument } from 'yaml';
import { OverrideSchema, type Override } from '../../schemas/override.ts';
import { IngestError } from '../errors.ts';

/**
 * Parses and checks the text of an override file.
 * @param text The file's content.
 * @param file Its path, for refusals.
 * @returns The corrections it holds.
 * @throws {IngestError} For bad YAML (`bad YAML at line 3, column 7: …`) or a bad correction
 *   (`corrections.0.reason: expected a reason`).
 * @example
 * parseOverride('corrections:\n  - field: docNumber\n    expected: null\n    value: 国标委发〔2026〕23号\n    reason: 原文漏印文号\n', 'a.yaml')
 * // { corrections: [{ field: 'docNumber', expected: null, value: '国标委发〔2026〕23号', reason: '原文漏印文号' }] }
 */
export function parseOverride(text: string, file: string): Override {
	// YAML 1.2 core schema: 2026-11-22 stays a string, as the record's dates are.
	const document = parseDocument(text, { uniqueKeys: true });
	const error = document.errors[0];
	if (error) {
		// The message's first line; its position (prettyErrors) is written first, the code frame dropped.
		const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		const at = error.linePos?.[0];
		throw new IngestError(file, `bad YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${message}`);
	}
	const result = OverrideSchema.safeParse(document.toJS());
	if (result.success) return result.data;
	const issue = result.error.issues[0]!;
	const path = issue.path.join('.');
	throw new IngestError(file, `${path === '' ? 'override' : path}: ${issue.message}`);
}
