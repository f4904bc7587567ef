import { describe, expect, test } from 'vitest';
import { keyFactWarning } from '../../scripts/lib/key-fact-warning.ts';
import { noticeRecord } from '../site/notice-record.ts';

const contact = { name: '张某', role: null, org: null, phones: ['12345678'], emails: [], address: null, postcode: null };
const complete = {
	id: 'a-2025',
	deadlines: [{ date: '2025-06-15', text: '6月15日前报送申报材料' }],
	contacts: [contact],
};

describe('keyFactWarning', () => {
	test('returns null for a notice with title, issuer, submit deadline and contact', () => {
		expect(keyFactWarning(noticeRecord(complete))).toBe(null);
	});

	test('names the one missing fact, with the source and the override to write', () => {
		expect(keyFactWarning(noticeRecord({ ...complete, contacts: [] }))).toBe(
			'a-2025.txt: a-2025: 原文中未找到联系人，已照常写入；可在 content/overrides/a-2025.yaml 中补充' +
				' / warning: no contact found; written anyway, supply it in content/overrides/a-2025.yaml',
		);
	});

	test('names every missing fact in order: title, issuer, submit deadline, contact', () => {
		const record = noticeRecord({ id: 'b-2025', title: null, issuers: [], deadlines: [{ date: '--11-30', kind: 'report', text: '每年11月30日前提交年度工作总结' }] });
		expect(keyFactWarning(record)).toBe(
			'b-2025.txt: b-2025: 原文中未找到标题、发文机关、申报截止日期、联系人，已照常写入；可在 content/overrides/b-2025.yaml 中补充' +
				' / warning: no title, issuer, submit deadline, contact found; written anyway, supply them in content/overrides/b-2025.yaml',
		);
	});
});
