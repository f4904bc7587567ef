import { describe, expect, test } from 'vitest';
import { formatCsv } from '../../src/lib/exports/csv.ts';
import { noticeCsvRows } from '../../src/lib/exports/notice-csv-rows.ts';
import { formatJson, noticesDocument } from '../../src/lib/exports/open-data.ts';
import { NOTICE_SCHEMA_VERSION } from '../../src/schemas/notice.ts';
import { parseCsv } from '../helpers/parse-csv.ts';
import { noticeRecord } from './notice-record.ts';

const b = noticeRecord({
	id: 'b-2026',
	issuers: ['甲局', '乙局'],
	jurisdiction: { level: 'district', name: '渝北区', parent: '重庆市' },
	programmes: ['国家标准化试点项目', '市级标准化试点项目'],
	deadlines: [
		{ date: '2026-04-30', kind: 'evaluate', text: '4月30日前提交总结材料' },
		{ date: '--11-30', kind: 'report', text: '每年11月底前总结' },
		{ date: '2026-05-20', kind: 'submit', text: '5月20日前报送' },
	],
	quotas: [{ text: '=每个领域不超过2个', max: 2 }],
	attachments: [{ no: 1, title: '申报书' }, { no: null, title: '说明' }],
	period: { from: 2027, to: 2028 },
});
const a = noticeRecord({ id: 'a-2026', title: null, docNumber: '=1+1' });

describe('noticesDocument', () => {
	test('returns the record version and the notices sorted by id', () => {
		const document = noticesDocument([b, a]);
		expect(document.schemaVersion).toBe(NOTICE_SCHEMA_VERSION);
		expect(document.notices.map((n) => n.id)).toEqual(['a-2026', 'b-2026']);
	});
});

describe('formatJson', () => {
	test('indents by two spaces and ends with a newline', () => {
		expect(formatJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
	});
});

describe('noticeCsvRows', () => {
	const rows = noticeCsvRows([a, b]);
	const column = (name: string) => rows.slice(1).map((row) => row[rows[0]?.indexOf(name) ?? -1]);

	test('returns the field names as header and one row per notice', () => {
		expect(rows[0]?.slice(0, 3)).toEqual(['id', 'title', 'issuers']);
		expect(rows).toHaveLength(3);
		expect(rows.every((row) => row.length === rows[0]?.length)).toBe(true);
	});

	test('flattens lists one item per line and leaves missing values empty', () => {
		expect(column('title')).toEqual(['', 'b-2026的通知']);
		expect(column('issuers')[1]).toBe('甲局\n乙局');
		expect(column('deadlines')[1]).toBe('2026-04-30 4月30日前提交总结材料\n--11-30 每年11月底前总结\n2026-05-20 5月20日前报送');
		expect(column('attachments')[1]).toBe('附件1：申报书\n说明');
		expect(column('period')).toEqual(['', '2027年—2028年']);
		expect(column('url')[0]).toBe('/notices/a-2026/');
	});

	test('gives record v3 its columns: the place above, programmes, and each deadline\'s kind line for line', () => {
		expect(rows[0]).toEqual(expect.arrayContaining(['jurisdiction.parent', 'programmes', 'deadlines.kind']));
		expect(column('jurisdiction.parent')).toEqual(['', '重庆市']);
		expect(column('programmes')).toEqual(['', '国家标准化试点项目\n市级标准化试点项目']);
		expect(column('deadlines.kind')).toEqual(['', 'evaluate\nreport\nsubmit']);
	});

	test('gives the call a notice carries out, title and 文号, empty when it names none', () => {
		const c = noticeRecord({ id: 'c', forwards: { docNumber: '国标委发〔2026〕23号', title: '国家标准委关于征集2026年度国家标准化试点项目的通知' } });
		const [header = [], ...cells] = noticeCsvRows([a, c]);
		const cell = (row: number, name: string) => cells[row]?.[header.indexOf(name)];
		expect([cell(0, 'forwards.title'), cell(0, 'forwards.docNumber')]).toEqual(['', '']);
		expect(cell(1, 'forwards.title')).toBe('国家标准委关于征集2026年度国家标准化试点项目的通知');
		expect(cell(1, 'forwards.docNumber')).toBe('国标委发〔2026〕23号');
	});

	test('gives who each deadline binds line for line, the submission route and who prepares each material', () => {
		const text = '申报单位填写申报书，一式两份报送区市场监管局。';
		const c = noticeRecord({
			id: 'c',
			deadlines: [
				{ date: '2026-05-20', text: '请各区市场监管局于5月20日前报送', party: 'recommender' },
				{ date: '2026-05-10', text: '5月10日前报送' },
			],
			submission: { systems: [], emails: [], paper: { required: true, copies: [2], text }, electronic: null, via: { body: '区市场监管局', text } },
			materials: [
				{ name: '申报书', attachment: null, note: null, party: 'applicant', text },
				{ name: '推荐函', attachment: 1, note: null, party: 'recommender', text },
			],
		});
		const [header = [], row = []] = noticeCsvRows([c]);
		expect(row[header.indexOf('deadlines.party')]).toBe('recommender\n');
		expect(row[header.indexOf('submission')]).toBe('纸质材料一式2份\n逐级推荐：经区市场监管局');
		expect(row[header.indexOf('materials')]).toBe('applicant 申报书\nrecommender 推荐函');
	});

	test('gives the submit deadline as mainDeadline, not the earlier evaluation date, and nothing without one', () => {
		expect(column('mainDeadline')).toEqual(['', '2026-05-20']);
		const evaluateOnly = noticeRecord({ id: 'c', deadlines: [{ date: '2026-04-30', kind: 'evaluate', text: '4月30日前提交总结材料' }] });
		expect(noticeCsvRows([evaluateOnly])[1]?.[rows[0]?.indexOf('mainDeadline') ?? -1]).toBe('');
	});

	test('says whom mainDeadline binds: the applicant’s own date first, else the bureaus’', () => {
		const bureaus = noticeRecord({ id: 'c', deadlines: [{ date: '2026-05-20', kind: 'submit', text: '请各市局于5月20日前报送', party: 'recommender' }] });
		const both = noticeRecord({
			id: 'd',
			deadlines: [...bureaus.deadlines, { date: '2026-05-10', kind: 'submit', text: '申报单位于5月10日前提交', party: 'applicant' }],
		});
		const [header = [], ...cells] = noticeCsvRows([a, bureaus, both]);
		const at = (name: string) => cells.map((row) => row[header.indexOf(name)]);
		expect(at('mainDeadline')).toEqual(['', '2026-05-20', '2026-05-10']);
		expect(at('mainDeadline.party')).toEqual(['', 'recommender', 'applicant']);
	});

	test('survives the CSV writer: quoted line breaks, a neutralised formula', () => {
		const parsed = parseCsv(formatCsv(rows));
		expect(parsed).toHaveLength(3);
		expect(parsed[2]?.[rows[0]?.indexOf('issuers') ?? -1]).toBe('甲局\n乙局');
		expect(parsed[2]?.[rows[0]?.indexOf('quotas') ?? -1]).toBe('≤2 =每个领域不超过2个');
		expect(parsed[1]?.[rows[0]?.indexOf('docNumber') ?? -1]).toBe("'=1+1");
	});
});
