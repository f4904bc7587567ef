import { describe, expect, test } from 'vitest';
import { addressesBureaus, applicantDeadline, noticeParties, recommenderDeadline } from '../../src/lib/applicant/notice-parties.ts';
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { noticeRecord } from './notice-record.ts';

type Deadline = NoticeRecord['deadlines'][number];
type Material = NoticeRecord['materials'][number];
const NO_ROUTE: NoticeRecord['submission'] = { systems: [], emails: [], paper: null, electronic: null, via: null };
const d = (date: string, party: Deadline['party'], kind: Deadline['kind'] = 'submit'): Deadline => ({ date, kind, text: `${date}前报送`, party });
const m = (name: string, party: Material['party'], attachment: number | null = null): Material => ({ name, attachment, note: null, party, text: `准备${name}` });

// The Liaoning 2026 shape: the province's date binds the city bureaus, which collect companies'
// forms and write a 推荐函; the company's report date is a yearly `report`, not a submit date.
const bureaus = noticeRecord({
	id: 'province',
	deadlines: [d('--11-30', 'applicant', 'report'), d('2026-05-20', 'recommender')],
	submission: { ...NO_ROUTE, via: { body: '各市市场监管局', text: '承担单位将申请表报送至各市市场监管局。' } },
	materials: [m('申请表', 'applicant'), m('推荐函', 'recommender', 1)],
});
// The Shanghai 2023 shape: companies apply to the issuer directly by a date of their own.
const companies = noticeRecord({ id: 'city', deadlines: [d('2023-05-15', null)], materials: [m('申报书', 'applicant')] });

describe('addressesBureaus', () => {
	test('returns true when a submit deadline binds recommenders', () => {
		expect(addressesBureaus({ deadlines: [d('2026-05-20', 'recommender')], submission: NO_ROUTE, materials: [] })).toBe(true);
	});

	test('returns true when applications go through a lower body', () => {
		expect(addressesBureaus({ deadlines: [], submission: { ...NO_ROUTE, via: { body: '区市场监管局', text: '…' } }, materials: [] })).toBe(true);
	});

	test('returns true when a bureau prepares a material', () => {
		expect(addressesBureaus({ deadlines: [], submission: NO_ROUTE, materials: [m('推荐函', 'recommender')] })).toBe(true);
	});

	test('returns false for a call to companies, even with a recommender’s report date', () => {
		expect(addressesBureaus(companies)).toBe(false);
		expect(addressesBureaus({ deadlines: [d('--11-30', 'recommender', 'report')], submission: NO_ROUTE, materials: [] })).toBe(false);
	});
});

describe('noticeParties', () => {
	test('gives the bureau its date and its 推荐函, the company its form and no date', () => {
		const parties = noticeParties(bureaus);
		expect(parties.applicant).toEqual({ deadlines: [], materials: [{ material: m('申请表', 'applicant'), index: 0 }] });
		expect(parties.recommender).toEqual({
			deadlines: [{ deadline: d('2026-05-20', 'recommender'), index: 1 }],
			materials: [{ material: m('推荐函', 'recommender', 1), index: 1 }],
		});
		expect(parties.via).toBe('各市市场监管局');
	});

	test('gives a company the notice’s date when the notice addresses companies', () => {
		const parties = noticeParties(companies);
		expect(parties.applicant.deadlines).toEqual([{ deadline: d('2023-05-15', null), index: 0 }]);
		expect(parties.recommender).toBe(null);
		expect(parties.via).toBe(null);
	});

	test('gives the company a date whose clause names no party, even where applications go through a bureau (the Shanghai 2023 shape)', () => {
		const record = noticeRecord({
			id: 'a',
			deadlines: [d('2023-05-15', null)],
			submission: { ...NO_ROUTE, via: { body: '区市场监管局', text: '…' } },
			materials: [m('申请表', 'applicant'), m('推荐部门意见', 'recommender')],
		});
		const parties = noticeParties(record);
		expect(parties.applicant.deadlines.map((x) => x.index)).toEqual([0]);
		expect(parties.recommender).toEqual({ deadlines: [], materials: [{ material: m('推荐部门意见', 'recommender'), index: 1 }] });
		expect(applicantDeadline(parties)).toEqual({ kind: 'own', deadlines: [{ deadline: d('2023-05-15', null), index: 0 }] });
	});

	test('keeps each party’s own date when both are set, earliest first (the Tianjin shape)', () => {
		const record = noticeRecord({ id: 'a', deadlines: [d('2025-06-15', 'recommender'), d('2025-06-05', 'applicant'), d('2025-06-01', 'applicant')] });
		const parties = noticeParties(record);
		expect(parties.applicant.deadlines.map((x) => x.index)).toEqual([2, 1]);
		expect(parties.recommender?.deadlines.map((x) => x.index)).toEqual([0]);
	});
});

describe('applicantDeadline', () => {
	test('returns the bureau’s part: its body and the date the company’s falls before', () => {
		expect(applicantDeadline(noticeParties(bureaus))).toEqual({
			kind: 'bureau',
			body: '各市市场监管局',
			before: { deadline: d('2026-05-20', 'recommender'), index: 1 },
		});
	});

	test('returns the company’s own dates when the notice sets them', () => {
		expect(applicantDeadline(noticeParties(companies))).toEqual({ kind: 'own', deadlines: [{ deadline: d('2023-05-15', null), index: 0 }] });
	});

	test('returns a bureau without a name or date when the notice gives neither', () => {
		const record = noticeRecord({ id: 'a', materials: [m('推荐函', 'recommender')] });
		expect(applicantDeadline(noticeParties(record))).toEqual({ kind: 'bureau', body: null, before: null });
	});

	test('returns none for a call to companies without a submit date', () => {
		expect(applicantDeadline(noticeParties(noticeRecord({ id: 'a', deadlines: [d('2025-05-31', null, 'evaluate')] })))).toEqual({ kind: 'none' });
	});
});

describe('recommenderDeadline', () => {
	test('returns the bureau’s dates, or none', () => {
		expect(recommenderDeadline(noticeParties(bureaus).recommender!)).toEqual({ kind: 'own', deadlines: [{ deadline: d('2026-05-20', 'recommender'), index: 1 }] });
		expect(recommenderDeadline({ deadlines: [], materials: [] })).toEqual({ kind: 'none' });
	});
});
