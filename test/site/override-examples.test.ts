import { describe, expect, test } from 'vitest';
import { applyOverride } from '../../src/ingest/overrides/apply-override.ts';
import { parseOverride } from '../../src/ingest/overrides/parse-override.ts';
import { OVERRIDE_EXAMPLES } from '../../src/lib/review/override-examples.ts';
import { missingKeyFacts } from '../../src/schemas/key-facts.ts';
import { noticeRecord } from './notice-record.ts';

// The notice the examples are written for: it lacks every key fact.
const record = noticeRecord({
	id: 'dalian-2025-closing-materials',
	title: null,
	issuers: [],
	deadlines: [{ date: '2025-09-30', kind: 'evaluate', text: '请建设期满的试点项目承担单位于2025年9月30日前完成自我评价，并将总结材料报送市市场监管局。' }],
	contacts: [],
});
const notice = { record, tree: { type: 'root' as const, children: [] }, anchors: [] };

describe('OVERRIDE_EXAMPLES', () => {
	test('gives one example per key fact', () => {
		expect(OVERRIDE_EXAMPLES.map((example) => example.fact)).toEqual(['title', 'issuer', 'submit', 'contact']);
	});

	test.each(OVERRIDE_EXAMPLES)('reads and applies the $fact example as ingest does, supplying that fact', ({ fact, yaml }) => {
		const corrected = applyOverride(notice, parseOverride(yaml, 'example.yaml'), 'example.yaml').record;
		expect(missingKeyFacts(record)).toContain(fact);
		expect(missingKeyFacts(corrected)).not.toContain(fact);
		expect(missingKeyFacts(corrected)).toHaveLength(3);
		expect(corrected.corrections).toHaveLength(1);
	});
});
