/**
 * The notice record as a JSON Schema (draft 2020-12), published at /data/notice.schema.json so
 * other tools can check /data/notices.json and /data/notices/<id>.json. Generated from the zod
 * schema by zod itself, never written by hand, so the two cannot drift apart.
 */
import { z } from 'astro/zod';
import { NOTICE_SCHEMA_VERSION, NoticeSchema } from './notice.ts';

/**
 * The JSON Schema of one notice record, with a title and the record version in its description.
 * @example noticeJsonSchema().$schema // 'https://json-schema.org/draft/2020-12/schema'
 */
export function noticeJsonSchema(): Record<string, unknown> {
	const { $schema, ...schema } = z.toJSONSchema(NoticeSchema, {
		target: 'draft-2020-12',
		io: 'output',
	});
	return {
		$schema,
		title: 'Notice record (标准化试点项目申报通知)',
		description:
			`One standardization pilot-project notice as structured data, record version ` +
			`${NOTICE_SCHEMA_VERSION} (the schemaVersion of /data/notices.json). Dates are ISO ` +
			'(2026-06-30); a deadline that recurs every year is --MM-DD (--11-30). deadlines[].kind says ' +
			'what a deadline is for: submit (applications for this call are due; the main deadline is the ' +
			'earliest submit one), report (periodic reports), evaluate (self-evaluation, acceptance, closing ' +
			'material) or other. programmes: the programmes the notice calls for, as named (empty when none ' +
			'was read). jurisdiction.parent: the place the jurisdiction lies in, or null.',
		...schema,
	};
}
