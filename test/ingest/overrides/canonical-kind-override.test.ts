/** A domain's canonical id and an attachment's kind are corrected like any other field. */
import { describe, expect, test } from 'vitest';
import type { ParsedNotice } from '../../../src/ingest/index.ts';
import { applyOverride } from '../../../src/ingest/overrides/apply-override.ts';
import { noticeRecord } from '../../site/notice-record.ts';

const notice: ParsedNotice = {
	record: noticeRecord({
		id: 'a',
		domains: [{ name: '科技创新领域、制造业领域', focus: [] }],
		attachments: [{ no: 1, title: '某某项目汇编' }],
	}),
	tree: { type: 'root', children: [] },
	anchors: [],
};

describe('applyOverride on kind and canonical', () => {
	test('sets a domain’s canonical ids and an attachment’s kind the parser left', () => {
		const { record } = applyOverride(
			notice,
			{
				corrections: [
					{ field: 'domains[0].canonical', expected: ['high-tech', 'manufacturing'], value: ['manufacturing'], reason: '本市该领域以制造业为主' },
					{ field: 'attachments[0].kind', expected: null, value: '汇总表', reason: '汇编即项目汇总表' },
				],
			},
			'content/overrides/a.yaml',
		);
		expect(record.domains[0]?.canonical).toEqual(['manufacturing']);
		expect(record.attachments[0]?.kind).toBe('汇总表');
	});

	test('sets one id of a domain’s list', () => {
		const correction = { field: 'domains[0].canonical[1]', expected: 'manufacturing', value: 'consumer-goods', reason: '本市该领域指时尚消费品' };
		const { record } = applyOverride(notice, { corrections: [correction] }, 'content/overrides/a.yaml');
		expect(record.domains[0]?.canonical).toEqual(['high-tech', 'consumer-goods']);
	});

	test('refuses a canonical id that is not a taxonomy slug, or a single id where a list goes', () => {
		const apply = (value: string | string[]) => () =>
			applyOverride(notice, { corrections: [{ field: 'domains[0].canonical', expected: ['high-tech', 'manufacturing'], value, reason: '…' }] }, 'content/overrides/a.yaml');
		expect(apply(['制造业'])).toThrow(/domains\.0\.canonical\.0/u);
		expect(apply('manufacturing')).toThrow(/domains\.0\.canonical/u);
	});

	test('refuses a correction written for the single id the parser wrote before', () => {
		const stale = () =>
			applyOverride(notice, { corrections: [{ field: 'domains[0].canonical', expected: 'high-tech', value: ['manufacturing'], reason: '…' }] }, 'content/overrides/a.yaml');
		expect(stale).toThrow(/stale correction of `domains\[0\]\.canonical`/u);
	});
});
