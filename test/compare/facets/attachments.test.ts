import { describe, expect, test } from 'vitest';
import { attachmentKind } from '../../../src/compare/facets/attachment-kind.ts';
import { compareAttachments } from '../../../src/compare/facets/attachments.ts';

describe('attachmentKind', () => {
	test('returns the document kind at the end of a title, gloss dropped', () => {
		expect(attachmentKind('关于推荐国家标准化试点项目的函（示例）')).toBe('函');
		expect(attachmentKind('国家标准化试点项目自评表')).toBe('自评表');
	});

	test('returns one kind for two names of one document', () => {
		expect(attachmentKind('标准化试点示范项目申请书')).toBe(attachmentKind('国家标准化试点项目申报书'));
	});

	test('returns an empty kind for an unknown ending', () => {
		expect(attachmentKind('试点项目汇编')).toBe('');
	});
});

describe('compareAttachments', () => {
	test('returns a roll-over title as changed but not substantive, with its redline', () => {
		const a = { no: 1, title: '国家标准委关于征集2025年度国家标准化试点项目的通知' };
		const b = { no: 2, title: '国家标准委关于征集2026年度国家标准化试点项目的通知' };
		const [change] = compareAttachments([a], [b]);
		expect(change).toMatchObject({ status: 'changed', a, b, substantive: false });
		expect(change?.redline?.filter((p) => p.added === true || p.removed === true)).toEqual([
			{ value: '2025年度', removed: true },
			{ value: '2026年度', added: true },
		]);
	});

	test('returns a renumbered attachment as changed but not substantive, without a redline', () => {
		const [change] = compareAttachments([{ no: 1, title: '自评表' }], [{ no: 3, title: '自评表' }]);
		expect(change).toMatchObject({ status: 'changed', substantive: false, redline: null });
	});

	test('does not pair alike titles of different kinds', () => {
		const changes = compareAttachments(
			[{ no: 2, title: '国家标准化试点项目申报书' }],
			[{ no: 2, title: '国家标准化试点项目自评表' }],
		);
		expect(changes.map((c) => c.status)).toEqual(['added', 'removed']);
	});

	test('returns a reworded title as substantive', () => {
		const [change] = compareAttachments(
			[{ no: 1, title: '国家标准化试点项目申报书' }],
			[{ no: 1, title: '标准化试点示范项目申请书' }],
		);
		expect(change).toMatchObject({ status: 'changed', substantive: true });
	});
});
