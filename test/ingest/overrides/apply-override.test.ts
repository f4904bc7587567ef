import { describe, expect, test } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.ts';
import type { ParsedNotice } from '../../../src/ingest/index.ts';
import { applyOverride } from '../../../src/ingest/overrides/apply-override.ts';
import { parseOverride } from '../../../src/ingest/overrides/parse-override.ts';
import type { Correction } from '../../../src/schemas/override.ts';
import { noticeRecord } from '../../site/notice-record.ts';

const notice: ParsedNotice = {
	record: noticeRecord({
		id: 'a',
		deadlines: [{ date: '2026-06-15', kind: 'submit', text: '请于6月15日前报送。' }],
		quotas: [{ text: '每个领域不超过3个。', max: 3 }],
	}),
	tree: { type: 'root', children: [] },
	anchors: [
		{ id: 'deadline-0', kind: 'deadline', start: 0, end: 10 },
		{ id: 'quota-0', kind: 'quota', start: 10, end: 20 },
	],
};

const correction = (c: Partial<Correction>): Correction => ({ field: 'deadlines[0].date', expected: '2026-06-15', value: '2026-06-30', reason: '笔误', ...c });
const apply = (...corrections: Correction[]) => applyOverride(notice, { corrections }, 'content/overrides/a.yaml');
const refusal = (...corrections: Correction[]) => {
	try {
		apply(...corrections);
	} catch (error) {
		if (error instanceof IngestError) return error.message;
		throw error;
	}
	return undefined;
};

describe('applyOverride', () => {
	test('sets the corrected value and lists the field with its reason', () => {
		const { record } = apply(correction({}));
		expect(record.deadlines[0]!.date).toBe('2026-06-30');
		expect(record.corrections).toEqual([{ field: 'deadlines[0].date', reason: '笔误' }]);
		expect(Object.keys(record).at(-1)).toBe('corrections');
	});

	test('leaves the parsed notice as it was', () => {
		apply(correction({}));
		expect(notice.record.deadlines[0]!.date).toBe('2026-06-15');
		expect(notice.record.corrections).toBeUndefined();
	});

	test('keeps the marks of a corrected item, drops those of a list replaced whole', () => {
		expect(apply(correction({})).anchors).toEqual(notice.anchors);
		const whole = correction({ field: 'quotas', expected: notice.record.quotas, value: [{ text: '总数不超过5个。', max: 5 }] });
		expect(apply(whole).anchors.map((a) => a.id)).toEqual(['deadline-0']);
	});

	test('matches an expected object whatever its key order', () => {
		const c = correction({ field: 'deadlines[0]', expected: { party: null, text: '请于6月15日前报送。', kind: 'submit', date: '2026-06-15' }, value: { date: '2026-06-30', kind: 'submit', text: '请于6月30日前报送。', party: null } });
		expect(apply(c).record.deadlines[0]).toEqual({ date: '2026-06-30', kind: 'submit', text: '请于6月30日前报送。', party: null });
	});

	test('corrects a value the parser did not find (null)', () => {
		expect(apply(correction({ field: 'docNumber', expected: null, value: '某标〔2026〕1号' })).record.docNumber).toBe('某标〔2026〕1号');
	});

	test.each([
		[correction({ expected: '2026-06-16' }), 'content/overrides/a.yaml: stale correction of `deadlines[0].date`: the parser now extracts "2026-06-15", the correction expects "2026-06-16"; check the source and update or remove it'],
		[correction({ field: 'deadlines[3].date' }), 'content/overrides/a.yaml: stale correction of `deadlines[3].date`: the parser now extracts nothing, the correction expects "2026-06-15"'],
		[correction({ field: 'quotas[0].max', expected: '3', value: 4 }), 'content/overrides/a.yaml: stale correction of `quotas[0].max`: the parser now extracts 3, the correction expects "3"'],
		[correction({ value: '6月30日' }), 'content/overrides/a.yaml: corrected record is invalid at `deadlines.0.date`'],
		[correction({ field: 'year', expected: 2026, value: '2026' }), 'content/overrides/a.yaml: corrected record is invalid at `year`'],
	])('refuses %j with one line naming the file and field', (c, message) => {
		const found = refusal(c);
		expect(found).toContain(message);
		expect(found!.split('\n')).toHaveLength(1);
	});
});

describe('applyOverride on the route, the materials and who a date binds', () => {
	const text = '各市局以推荐函报送，承担单位填报申请表。';
	const facts: ParsedNotice = {
		record: noticeRecord({
			id: 'b',
			deadlines: [{ date: '2026-05-20', text: '5月20日前报送。', party: null }],
			submission: { systems: [{ name: '某某系统', url: null, text }], emails: [], paper: null, electronic: null, via: null },
			materials: [
				{ name: '推荐函', attachment: 1, note: null, party: 'recommender', text },
				{ name: '申请表', attachment: null, note: null, party: 'recommender', text },
			],
		}),
		tree: { type: 'root', children: [] },
		anchors: [
			{ id: 'deadline-0', kind: 'deadline', start: 0, end: 9 },
			{ id: 'system-0', kind: 'system', start: 10, end: 20 },
			{ id: 'material-0', kind: 'material', start: 10, end: 20 },
			{ id: 'material-1', kind: 'material', start: 10, end: 20 },
		],
	};
	const yaml = (field: string, expected: string, value: string) =>
		parseOverride(`corrections:\n  - field: ${field}\n    expected: ${expected}\n    value: ${value}\n    reason: 申请表由申报单位填写\n`, 'b.yaml');

	test('corrects who prepares one material, written in YAML, and keeps its mark', () => {
		const { record, anchors } = applyOverride(facts, yaml('materials[1].party', 'recommender', 'applicant'), 'b.yaml');
		expect(record.materials.map((m) => m.party)).toEqual(['recommender', 'applicant']);
		expect(record.corrections).toEqual([{ field: 'materials[1].party', reason: '申请表由申报单位填写' }]);
		expect(anchors).toEqual(facts.anchors);
	});

	test('corrects who a deadline binds and the body applications go through', () => {
		expect(applyOverride(facts, yaml('deadlines[0].party', 'null', 'recommender'), 'b.yaml').record.deadlines[0]!.party).toBe('recommender');
		const via = applyOverride(facts, yaml('submission.via', 'null', '{ body: 各市市场监管局, text: 各市局以推荐函报送。 }'), 'b.yaml');
		expect(via.record.submission.via).toEqual({ body: '各市市场监管局', text: '各市局以推荐函报送。' });
	});

	test('drops the marks of the route’s parts when the route is replaced whole', () => {
		const value = '{ systems: [], emails: [], paper: null, electronic: null, via: null }';
		const expected = JSON.stringify(facts.record.submission);
		const { anchors } = applyOverride(facts, yaml('submission', expected, value), 'b.yaml');
		expect(anchors.map((a) => a.id)).toEqual(['deadline-0', 'material-0', 'material-1']);
	});

	test('refuses a party the schema does not know', () => {
		expect(() => applyOverride(facts, yaml('materials[0].party', 'recommender', 'bureau'), 'b.yaml')).toThrow(/materials\.0\.party/);
	});
});
