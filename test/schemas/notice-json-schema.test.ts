import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { noticeJsonSchema } from '../../src/schemas/notice-json-schema.ts';
import { NOTICE_SCHEMA_VERSION } from '../../src/schemas/notice.ts';
import { noticeIds, readNotice } from '../helpers/read-notice.ts';

const schema = noticeJsonSchema();
// strict: an unknown keyword or a loose type in the generated schema is an error, not a warning.
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

describe('noticeJsonSchema', () => {
	test('is a draft 2020-12 schema that ajv compiles strictly', () => {
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.type).toBe('object');
		expect(schema.additionalProperties).toBe(false);
	});

	test('describes record v3: deadline kinds, programmes and the place above', () => {
		expect(schema.description).toContain(`record version ${NOTICE_SCHEMA_VERSION}`);
		expect(NOTICE_SCHEMA_VERSION).toBe(3);
		const properties = schema.properties as Record<string, { properties?: Record<string, unknown>; items?: { properties?: Record<string, unknown> }; required?: string[] }>;
		expect(properties['programmes']).toEqual({ type: 'array', items: { type: 'string', minLength: 1 } });
		expect(properties['deadlines']?.items?.properties?.['kind']).toEqual({ type: 'string', enum: ['submit', 'report', 'evaluate', 'other'] });
		expect(properties['jurisdiction']?.properties?.['parent']).toEqual({ anyOf: [{ type: 'string', minLength: 1 }, { type: 'null' }] });
		expect(schema.required).toEqual(expect.arrayContaining(['programmes']));
	});

	test.each(noticeIds)('accepts the record of %s', (id) => {
		const record = JSON.parse(JSON.stringify(readNotice(id))) as unknown;
		expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
	});

	test('rejects what the zod schema rejects', () => {
		const record = readNotice('national-2026-pilot-call');
		const bad = [
			{ ...record, deadlines: [{ date: '2026-13-01', kind: 'submit', text: '…' }] },
			{ ...record, deadlines: [{ date: '2026-06-30', text: '…' }] },
			{ ...record, deadlines: [{ date: '2026-06-30', kind: 'deadline', text: '…' }] },
			{ ...record, jurisdiction: { level: 'district', name: '渝北区' } },
			{ ...record, programmes: [''] },
			{ ...record, jurisdiction: { level: 'county', name: '某县' } },
			{ ...record, extra: true },
			{ ...record, quotas: [{ text: '不超过0个', max: 0 }] },
		];
		for (const value of bad) expect(validate(value)).toBe(false);
		const { id: _, ...withoutId } = record;
		expect(validate(withoutId)).toBe(false);
		const { programmes: __, ...withoutProgrammes } = record;
		expect(validate(withoutProgrammes)).toBe(false);
	});
});
