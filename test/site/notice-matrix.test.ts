import { describe, expect, test } from 'vitest';
import { cellText, matrixToRows } from '../../src/lib/matrix/matrix-rows.ts';
import { matrixColumns, noticeMatrix } from '../../src/lib/matrix/notice-matrix.ts';
import { NO_SUBMISSION, noticeRecord } from './notice-record.ts';
import { taxonomy } from './taxonomy.ts';

const national = noticeRecord({
	id: 'national',
	title: '国家通知',
	year: 2026,
	jurisdiction: { level: 'national', name: '全国' },
	issuers: ['国家标准化管理委员会'],
	domains: [{ name: '农业农村领域', focus: [] }],
	quotas: [
		{ text: '总数不超8个', max: 8 },
		{ text: '同一领域不超2个', max: 2 },
	],
	deadlines: [
		{ date: '--11-30', text: '每年11月底前提交总结' },
		{ date: '2026-06-30', text: '6月30日前上传' },
	],
	period: { from: 2027, to: 2028 },
	contacts: [
		{ name: '甲', role: null, org: null, phones: [], emails: [], address: null, postcode: null },
	],
});
const tianjin = noticeRecord({
	id: 'tianjin',
	title: null,
	year: 2025,
	jurisdiction: { level: 'provincial', name: '天津市' },
	issuers: ['天津市市场监督管理委员会'],
	domains: [
		{ name: '智慧农业领域', focus: [] },
		{ name: '高技术领域', focus: [] },
	],
	attachments: [{ no: 1, title: '申报书' }],
	submission: {
		...NO_SUBMISSION,
		paper: { required: true, copies: [2], text: '纸质件一式两份报送。' },
		via: { body: '区市场监管局', text: '盖章后报送区市场监管局。' },
	},
	// Tianjin 2025's shape: closing-material dates around the one for applications.
	deadlines: [
		{ date: '--11-15', kind: 'report', text: '每年11月15日前提交年度工作总结' },
		{ date: '2025-06-15', kind: 'evaluate', text: '6月15日前完成自我评价' },
		{ date: '2025-05-31', kind: 'evaluate', text: '5月底前提交总结材料' },
		{ date: '2025-06-15', kind: 'submit', text: '请各区市场监管局于6月15日前完成申报推荐' },
	],
});
const matrix = noticeMatrix([{ record: tianjin }, { record: national }], taxonomy);
const row = (key: string) => [...matrix.facets, ...matrix.domains].find((r) => r.key === key);

describe('noticeMatrix', () => {
	test('returns a column per notice, national first, with its short label and heading', () => {
		expect(matrix.columns.map((c) => [c.id, c.label, c.heading, c.level])).toEqual([
			['national', '全国 2026年度', '国家通知', 'national'],
			['tianjin', '天津市 2025年度', '天津市市场监督管理委员会通知（2025年度）', 'provincial'],
		]);
		expect(matrix.columns[1]?.jurisdictionSlug).toBe('tianjin-shi');
	});

	test('returns the facet rows in order', () => {
		expect(matrix.facets.map((r) => r.label)).toEqual([
			'年度',
			'层级',
			'地区',
			'发文机关',
			'截止日期',
			'名额',
			'建设周期',
			'申报途径',
			'联系人数量',
			'附件数量',
		]);
	});

	test('shows the submit deadline with its anchor, quotas with their text', () => {
		expect(row('matrix.deadline')?.cells).toEqual([
			{ lines: ['2026年6月30日'], anchor: 'deadline-1' },
			{ lines: ['2025年6月15日'], anchor: 'deadline-3' },
		]);
		expect(row('matrix.quotas')?.cells[0]?.lines).toEqual(['总数不超8个', '同一领域不超2个']);
	});

	test('says 推荐截止 before a date that binds the recommending bureaus only', () => {
		const bureaus = noticeRecord({ id: 'bureaus', deadlines: [{ date: '2026-05-20', kind: 'submit', text: '请各市局于5月20日前报送', party: 'recommender' }] });
		const cells = noticeMatrix([{ record: bureaus }], taxonomy).facets.find((r) => r.key === 'matrix.deadline')?.cells;
		expect(cells).toEqual([{ lines: ['推荐截止 2026年5月20日'], anchor: 'deadline-0' }]);
	});

	test('says 原文中未找到 for a notice without a submit deadline, whatever other dates it sets', () => {
		const closing = noticeRecord({ id: 'closing', deadlines: [{ date: '2025-09-30', kind: 'evaluate', text: '9月30日前完成自我评价' }] });
		const cells = noticeMatrix([{ record: closing }], taxonomy).facets.find((r) => r.key === 'matrix.deadline')?.cells;
		expect(cells).toEqual([{ lines: ['原文中未找到'] }]);
	});

	test('writes the route, the period and the counts', () => {
		expect(row('matrix.route')?.cells.map((c) => c.lines)).toEqual([
			[],
			['纸质材料一式2份', '逐级推荐：经区市场监管局'],
		]);
		expect(row('matrix.period')?.cells.map((c) => c.lines)).toEqual([['2027年—2028年'], []]);
		expect(row('matrix.contacts')?.cells.map((c) => c.lines)).toEqual([['1'], ['0']]);
		expect(row('matrix.attachments')?.cells.map((c) => c.lines)).toEqual([['0'], ['1']]);
	});

	test('returns one row per canonical domain, with each notice’s wording', () => {
		expect(matrix.domains.map((r) => [r.key, r.label, r.domainSlug])).toEqual([
			['high-tech', '高新技术', 'high-tech'],
			['agriculture', '农业农村', 'agriculture'],
		]);
		expect(row('agriculture')?.cells).toEqual([
			{ lines: ['农业农村领域'], present: true, anchor: 'domain-0' },
			{ lines: ['智慧农业领域'], present: true, anchor: 'domain-0' },
		]);
		expect(row('high-tech')?.cells).toEqual([
			{ lines: [], present: false },
			{ lines: ['高技术领域'], present: true, anchor: 'domain-1' },
		]);
	});
});

describe('matrixColumns', () => {
	test('gives the matrix’s columns in its order, whatever the notices’ order', () => {
		expect(matrixColumns([{ record: tianjin }, { record: national }])).toEqual(matrix.columns);
		expect(matrixColumns([{ record: national }, { record: tianjin }]).map((c) => c.id)).toEqual(['national', 'tianjin']);
	});
});

describe('noticeMatrix with a joined domain', () => {
	test('returns the joined item in the row of each field it names', () => {
		const shanghai = noticeRecord({ id: 'shanghai', domains: [{ name: '科技创新领域、制造业领域', focus: [] }] });
		const joined = noticeMatrix([{ record: shanghai }, { record: tianjin }], taxonomy);
		const cells = (key: string) => joined.domains.find((r) => r.key === key)?.cells;
		expect(joined.domains.map((r) => r.key)).toEqual(['high-tech', 'agriculture', 'manufacturing']);
		expect(cells('high-tech')).toEqual([
			{ lines: ['科技创新领域、制造业领域'], present: true, anchor: 'domain-0' },
			{ lines: ['高技术领域'], present: true, anchor: 'domain-1' },
		]);
		expect(cells('manufacturing')).toEqual([
			{ lines: ['科技创新领域、制造业领域'], present: true, anchor: 'domain-0' },
			{ lines: [], present: false },
		]);
	});
});

describe('cellText', () => {
	test('returns ✓ with the wording, — or 未载明', () => {
		expect(cellText({ lines: ['甲领域', '乙领域'], present: true })).toBe('✓ 甲领域、乙领域');
		expect(cellText({ lines: [], present: false })).toBe('—');
		expect(cellText({ lines: [] })).toBe('未载明');
		expect(cellText({ lines: ['一', '二'] })).toBe('一\n二');
	});
});

describe('matrixToRows', () => {
	test('returns a header naming the notices, then facets, then domains', () => {
		const rows = matrixToRows(matrix);
		expect(rows[0]).toEqual(['项目', '国家通知', '天津市市场监督管理委员会通知（2025年度）']);
		expect(rows[1]).toEqual(['年度', '2026年度', '2025年度']);
		expect(rows.at(-1)).toEqual(['领域：农业农村', '✓ 农业农村领域', '✓ 智慧农业领域']);
		expect(rows).toHaveLength(1 + 10 + 2);
		expect(rows.every((r) => r.length === 3)).toBe(true);
	});
});
