/**
 * The schema of a reviewer's corrections to one notice record, in content/overrides/<id>.yaml.
 * Each correction names a field of the record, what the parser extracted there when it was made
 * (`expected`), the corrected value and why. Ingest applies them after extraction and refuses one
 * whose `expected` is no longer what the parser extracts, so a correction is never silently lost
 * or silently applied to changed text. It imports nothing from `astro:*`.
 */
import { z } from 'astro/zod';
import { IsoDateSchema, NoticeSchema } from './notice.ts';

/** Record fields a correction may not touch: they name the record and its source. */
const FIXED = ['id', 'source', 'corrections'];

/** A field path: a record key, then `.key` or `[index]` steps, e.g. `deadlines[0].date`. */
export const FieldPathSchema = z
	.string()
	.regex(/^[A-Za-z]+(?:\[\d+\]|\.[A-Za-z]+)*$/, 'expected a field path like deadlines[0].date')
	.refine((path) => {
		const key = /^[A-Za-z]+/.exec(path)![0];
		return key in NoticeSchema.shape && !FIXED.includes(key);
	}, `expected a record field other than ${FIXED.join(', ')}`);

/** One correction. */
export const CorrectionSchema = z
	.object({
		/** 字段: the path of the corrected value in the record, e.g. `deadlines[0].date`, `quotas`, `docNumber`. */
		field: FieldPathSchema,
		/** 原值: what the parser extracted at `field` when the correction was made (null when it found none). */
		expected: z.unknown().refine((value) => value !== undefined, 'expected the value the parser extracted (null for none)'),
		/** 更正值: the value the record should hold, e.g. `"2026-06-30"`; checked by NoticeSchema. */
		value: z.unknown().refine((value) => value !== undefined, 'expected the corrected value'),
		/** 更正理由: why, in words a reader of the notice page understands, e.g. `原文"6月3日"为笔误，发文机关已更正为6月30日`. */
		reason: z.string().trim().min(1, 'expected a reason'),
		/** 更正人, e.g. `王某`. */
		by: z.string().trim().min(1).optional(),
		/** 更正日期, e.g. `2026-11-22`. */
		date: IsoDateSchema.optional(),
	})
	.strict();

/** A file of corrections: `corrections:` and a list, no two touching the same value. */
export const OverrideSchema = z
	.object({ corrections: z.array(CorrectionSchema).min(1, 'expected at least one correction') })
	.strict()
	.superRefine(({ corrections }, context) => {
		const fields = corrections.map((c) => c.field);
		fields.forEach((field, i) => {
			const other = fields.find((f, j) => j !== i && (f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`)));
			if (other !== undefined) {
				context.addIssue({ code: 'custom', path: ['corrections', i, 'field'], message: `\`${field}\` and \`${other}\` correct the same value` });
			}
		});
	});

/** One correction as written. */
export type Correction = z.output<typeof CorrectionSchema>;
/** A parsed override file. */
export type Override = z.output<typeof OverrideSchema>;
