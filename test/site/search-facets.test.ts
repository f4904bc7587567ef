import { describe, expect, test } from 'vitest';
import { readTaxonomy } from '../../scripts/lib/read-taxonomy.ts';
import { searchFacets } from '../../src/lib/listing/search-facets.ts';
import { readNotice } from '../helpers/read-notice.ts';
import { deadline } from '../helpers/deadline.ts';

const taxonomy = readTaxonomy(new URL('../../content/domains', import.meta.url).pathname);

describe('searchFacets', () => {
	test('returns place, level, year, canonical domains and the main dated deadline', () => {
		expect(searchFacets(readNotice('liaoning-2026-pilot-recommendation'), taxonomy)).toEqual({
			region: '辽宁省',
			level: '省级',
			year: '2026',
			domains: ['农业农村', '消费品', '高新技术', '服务业', '基本公共服务', '社会管理和公共服务'],
			// 5月20日 binds the bureaus: results say 推荐截止, as the lists do.
			deadline: '2026-05-20',
			forRecommenders: true,
			issued: '2026-04-14',
		});
	});

	test('returns the applicant’s own date over the bureaus’, so status and sort follow the date lists show', () => {
		const deadlines = [
			deadline('2026-05-20', '请各市局于5月20日前报送', 'submit', 'recommender'),
			deadline('2026-05-10', '申报单位于5月10日前提交', 'submit', 'applicant'),
		];
		const facets = searchFacets({ ...readNotice('liaoning-2026-pilot-recommendation'), deadlines }, taxonomy);
		expect([facets.deadline, facets.forRecommenders]).toEqual(['2026-05-10', false]);
	});

	test('returns a district with its city, so two places of one name are two filters', () => {
		expect(searchFacets(readNotice('chongqing-yubei-2023-municipal-pilot-demonstration'), taxonomy).region).toBe('重庆市渝北区');
	});

	test('returns each domain by the canonical ids ingest wrote, once, both fields of a joined name', () => {
		const domains = searchFacets(readNotice('shanghai-2023-municipal-pilot-call'), taxonomy).domains;
		// 科技创新领域、制造业领域 gives 高新技术 and 制造业; 生态绿色领域、长三角一体化领域 gives 生态环境 and
		// 长三角一体化, the field the taxonomy lacks.
		expect(domains).toEqual(['社会管理和公共服务', '基本公共服务', '高新技术', '制造业', '服务业', '生态环境', '长三角一体化', '农业农村', '国际标准化']);
	});

	test('returns a name no taxonomy id matches by its bare name', () => {
		const notice = { ...readNotice('shanghai-2023-municipal-pilot-call'), domains: [{ name: '长三角一体化领域', focus: [], canonical: [] }] };
		expect(searchFacets(notice, taxonomy).domains).toEqual(['长三角一体化']);
	});

	test('returns the submit deadline, not an earlier closing-material date, so status follows it', () => {
		const deadlines = [
			deadline('2025-05-31', '5月底前提交总结材料', 'evaluate'),
			deadline('2025-06-15', '6月15日前完成申报推荐'),
		];
		expect(searchFacets({ ...readNotice('national-2026-pilot-call'), deadlines }, taxonomy).deadline).toBe('2025-06-15');
	});

	test('returns no deadline when there is no submit one', () => {
		const deadlines = [deadline('2025-05-31', '5月底前提交总结材料', 'evaluate')];
		expect(searchFacets({ ...readNotice('national-2026-pilot-call'), deadlines }, taxonomy).deadline).toBe(null);
	});

	test('returns no deadline when the only one recurs yearly', () => {
		const notice = { ...readNotice('national-2026-pilot-call'), deadlines: [deadline('--11-30', '每年11月底前', 'report')] };
		expect(searchFacets(notice, taxonomy).deadline).toBe(null);
	});
});
