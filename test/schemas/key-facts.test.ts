import { describe, expect, test } from 'vitest';
import { missingKeyFacts } from '../../src/schemas/key-facts.ts';
import { noticeRecord } from '../site/notice-record.ts';

const contact = { name: null, role: null, org: '标准化处', phones: [], emails: ['a@b.cn'], address: null, postcode: null };

describe('missingKeyFacts', () => {
	test('returns nothing when title, issuer, a submit deadline and a contact are there', () => {
		const record = noticeRecord({ id: 'a', deadlines: [{ date: '2026-05-20', text: '5月20日前报送' }], contacts: [contact] });
		expect(missingKeyFacts(record)).toEqual([]);
	});

	test('counts only a submit deadline: report and evaluate dates do not say when applications close', () => {
		const deadlines = [
			{ date: '--11-30', kind: 'report' as const, text: '每年11月底前提交年度工作总结' },
			{ date: '2025-05-31', kind: 'evaluate' as const, text: '5月底前提交总结材料' },
		];
		expect(missingKeyFacts(noticeRecord({ id: 'a', deadlines, contacts: [contact] }))).toEqual(['submit']);
	});

	test('returns every missing fact in order', () => {
		expect(missingKeyFacts(noticeRecord({ id: 'a', title: null, issuers: [] }))).toEqual(['title', 'issuer', 'submit', 'contact']);
	});
});
