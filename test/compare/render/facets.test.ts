/** The domains section of a comparison: each row's name as written, its taxonomy names beside it. */
import { describe, expect, test } from 'vitest';
import { compareFacets } from '../../../src/compare/facets/index.ts';
import { changeIds } from '../../../src/compare/render/change-ids.ts';
import { renderFacets } from '../../../src/compare/render/facets.ts';
import { toHtml } from '../../../src/compare/render/html.ts';
import { taxonomy } from '../../helpers/record-facts.ts';
import { record } from '../../helpers/record.ts';
import type { NoticeRecordInput } from '../../site/notice-record.ts';

const domainsHtml = (a: NoticeRecordInput, b: NoticeRecordInput) => {
	const html = renderFacets(compareFacets(record(a), record(b), taxonomy), changeIds()).map(toHtml).join('');
	return /<strong>[^]*/u.exec(html)?.[0] ?? '';
};

describe('renderFacets on domains', () => {
	test('names both taxonomy fields of a joined item', () => {
		expect(domainsHtml({}, { domains: [{ name: '科技创新领域、制造业领域', focus: [] }] })).toContain('<strong>科技创新领域、制造业领域</strong> <small>〔高新技术、制造业〕</small>');
	});

	test('adds no taxonomy name a domain is written as', () => {
		expect(domainsHtml({}, { domains: [{ name: '制造业', focus: [] }] })).not.toContain('〔');
	});
});
