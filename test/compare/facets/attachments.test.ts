import { describe, expect, test } from 'vitest';
import { compareAttachments } from '../../../src/compare/facets/attachments.ts';
import { withKind } from '../../helpers/record-facts.ts';

describe('compareAttachments', () => {
	test('returns a roll-over title as changed but not substantive, with its redline', () => {
		const a = withKind({ no: 1, title: '国家标准委关于征集2025年度国家标准化试点项目的通知' });
		const b = withKind({ no: 2, title: '国家标准委关于征集2026年度国家标准化试点项目的通知' });
		const [change] = compareAttachments([a], [b]);
		expect(change).toMatchObject({ status: 'changed', a, b, substantive: false });
		expect(change?.redline?.filter((p) => p.added === true || p.removed === true)).toEqual([
			{ value: '2025年度', removed: true },
			{ value: '2026年度', added: true },
		]);
	});

	test('returns a renumbered attachment as changed but not substantive, without a redline', () => {
		const [change] = compareAttachments([withKind({ no: 1, title: '自评表' })], [withKind({ no: 3, title: '自评表' })]);
		expect(change).toMatchObject({ status: 'changed', substantive: false, redline: null });
	});

	test('pairs by the kind ingest wrote, not by the title’s ending', () => {
		const a = { no: 1, title: '国家标准化试点项目申报书', kind: '申报书' };
		const b = { no: 1, title: '国家标准化试点项目申报书（样表）', kind: '表' };
		expect(compareAttachments([a], [b]).map((c) => c.status)).toEqual(['added', 'removed']);
	});

	test('does not pair alike titles of different kinds', () => {
		const changes = compareAttachments(
			[withKind({ no: 2, title: '国家标准化试点项目申报书' })],
			[withKind({ no: 2, title: '国家标准化试点项目自评表' })],
		);
		expect(changes.map((c) => c.status)).toEqual(['added', 'removed']);
	});

	test('returns a reworded title as substantive', () => {
		const [change] = compareAttachments(
			[withKind({ no: 1, title: '国家标准化试点项目申报书' })],
			[withKind({ no: 1, title: '标准化试点示范项目申请书' })],
		);
		expect(change).toMatchObject({ status: 'changed', substantive: true });
	});
});
