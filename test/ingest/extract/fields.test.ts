/** Each extraction plugin on small literal notices. */
import { describe, expect, test } from 'vitest';
import { jurisdictionOf } from '../../../src/ingest/extract/jurisdiction.ts';
import { formatDocNumber } from '../../../src/ingest/extract/header.ts';
import { noticeId, slugify } from '../../../src/ingest/extract/id.ts';
import { parseText } from '../../helpers/parse-text.ts';

describe('remarkNoticeHeader', () => {
	test('takes issuers from the masthead and the 文号 under it', () => {
		const r = parseText('正文。', '国家标准化管理委员会\n工业和信息化部文件\n国标委联[2026] 第5号\n关于开展试点工作的通知\n各有关单位：\n');
		expect(r.issuers).toEqual(['国家标准化管理委员会', '工业和信息化部']);
		expect(r.docNumber).toBe('国标委联〔2026〕5号');
		expect(r.title).toBe('关于开展试点工作的通知');
	});
	test('splits a masthead naming bodies apart by wide spaces', () => {
		expect(parseText('正文。', '国家标准化管理委员会    工业和信息化部文件\n关于开展2026年度试点工作的通知\n各有关单位：\n').issuers).toEqual(['国家标准化管理委员会', '工业和信息化部']);
	});
	test('takes the issuer from the title prefix when there is no masthead', () => {
		expect(parseText('正文。').issuers).toEqual(['某某省市场监督管理局']);
	});
	test('does not take a 文号 quoted in the body as the notice own', () => {
		expect(parseText('按照《某通知》（国标委发〔2026〕23号）要求。').docNumber).toBeNull();
	});
});

describe('formatDocNumber', () => {
	test.each([
		['国标委发[2026]23号', '国标委发〔2026〕23号'],
		['津市场监管标准（2025） 5号', '津市场监管标准〔2025〕5号'],
		['沪市监标技〔2023〕第139号', '沪市监标技〔2023〕139号'],
	])('writes %s as %s', (raw, canonical) => {
		expect(formatDocNumber(raw)).toBe(canonical);
	});
});

describe('jurisdictionOf', () => {
	test.each([
		['国家标准化管理委员会', 'national', '全国', null],
		['天津市市场监督管理委员会', 'provincial', '天津市', null],
		['内蒙古自治区市场监督管理局', 'provincial', '内蒙古自治区', null],
		['辽宁省市场监督管理局', 'provincial', '辽宁省', null],
		['沈阳市市场监督管理局', 'municipal', '沈阳市', '辽宁省'],
		['浙江省杭州市市场监督管理局', 'municipal', '杭州市', '浙江省'],
		['重庆市渝北区标准化协调推进部门联席会议办公室', 'district', '渝北区', '重庆市'],
		['上海市浦东新区市场监督管理局', 'district', '浦东新区', '上海市'],
		['延边朝鲜族自治州市场监督管理局', 'municipal', '延边朝鲜族自治州', '吉林省'],
		['延边州市场监督管理局', 'municipal', '延边朝鲜族自治州', '吉林省'],
		['辽宁省沈阳市和平区市场监督管理局', 'district', '和平区', '沈阳市'],
		['南通市市场监督管理局', 'municipal', '南通市', '江苏省'],
		['江苏南通市市场监督管理局', 'municipal', '南通市', '江苏省'],
		['天津市滨海新区市场监督管理局', 'district', '滨海新区', '天津市'],
		['滨海新区市场监督管理局', 'district', '滨海新区', '天津市'],
		['江苏省昆山市市场监督管理局', 'district', '昆山市', '苏州市'],
		['和平区市场监督管理局', 'district', '和平区', null],
		['重庆市两江新区管理委员会', 'district', '两江新区', '重庆市'],
		['某某市市场监督管理局', 'municipal', '某某市', null],
		['某某市某某区市场监督管理局', 'district', '某某区', '某某市'],
		['河北雄安新区管理委员会', 'district', '雄安新区', '河北省'],
	])('reads %s as %s %s in %s', (issuer, level, name, parent) => {
		expect(jurisdictionOf(issuer)).toEqual({ level, name, parent });
	});
});

describe('remarkNoticeIssuedOn and remarkNoticeYear', () => {
	test('reads the signature date, and the programme year from the title', () => {
		const r = parseText('正文。\n某某省市场监督管理局\n2025年12月1日');
		expect(r.issuedOn).toBe('2025-12-01');
		expect(r.year).toBe(2026);
	});
	test('falls back to the 印发 date', () => {
		expect(parseText('正文。\n抄送：某部。\n某某秘书处\n2026年4月9日印发').issuedOn).toBe('2026-04-09');
	});
});

describe('remarkNoticeDomains', () => {
	test('reads domain headings with their focus lists', () => {
		const r = parseText('一、农业农村领域\n围绕高标准农田管护、智慧农业等开展试点。\n二、司法行政领域专项\n重点支持行政复议、刑罚执行和公共法律服务试点。');
		expect(r.domains).toEqual([
			{ name: '农业农村领域', focus: ['高标准农田管护', '智慧农业'], canonical: ['agriculture'], others: [] },
			{ name: '司法行政领域专项', focus: ['行政复议', '刑罚执行', '公共法律服务'], canonical: ['judicial-administration'], others: [] },
		]);
	});
	test('reads field items under a 重点方向 line, keeping verb phrases whole', () => {
		const r = parseText('（一）项目符合以下重点方向：\n1．社会管理领域：城市数字治理、安全生产等；\n2．国际标准化领域：中国标准走出去；开展国际标准、区域标准研制及实施等。');
		expect(r.domains).toEqual([
			{ name: '社会管理领域', focus: ['城市数字治理', '安全生产'], canonical: ['social-management'], others: [] },
			{ name: '国际标准化领域', focus: ['中国标准走出去', '开展国际标准、区域标准研制及实施'], canonical: ['international'], others: [] },
		]);
	});
	test('reads 方面 clauses', () => {
		const r = parseText('一、申报重点\n服务业方面，重点围绕文化旅游、现代物流等领域开展；农业方面，重点围绕数字乡村、智慧农业等领域开展。');
		expect(r.domains).toEqual([
			{ name: '服务业', focus: ['文化旅游', '现代物流'], canonical: ['services'], others: [] },
			{ name: '农业', focus: ['数字乡村', '智慧农业'], canonical: ['agriculture'], others: [] },
		]);
	});
	test('reads running lists, as domains or as the focus of a named domain', () => {
		expect(parseText('紧紧围绕农业农村、消费品等领域进行申报。').domains.map((d) => d.name)).toEqual(['农业农村', '消费品']);
		expect(parseText('聚焦5G、物联网等新型基础设施领域，开展试点。').domains).toEqual([{ name: '新型基础设施领域', focus: ['5G', '物联网'], canonical: ['new-infrastructure'], others: [] }]);
	});
	test('finds none in a notice that names none', () => {
		expect(parseText('请认真组织申报。').domains).toEqual([]);
	});
});

describe('remarkNoticeConditions', () => {
	test('takes the leaf items of a conditions section', () => {
		const r = parseText('二、申报条件\n（一）申报主体应当具备下列基本条件：\n1.具有独立法人资格。\n2.信用良好。\n（二）示范项目还应满足下列条件之一：\n1.示范作用明显。\n三、其他');
		expect(r.conditions.map((c) => c.text)).toEqual(['具有独立法人资格。', '信用良好。', '示范作用明显。']);
	});
	test('takes the sentences of a conditions section without items', () => {
		const r = parseText('二、申报条件\n按照要求，承担单位应具备独立法人资格。已承担过试点项目的单位不能申报。\n三、其他');
		expect(r.conditions.map((c) => c.text)).toEqual(['按照要求，承担单位应具备独立法人资格。', '已承担过试点项目的单位不能申报。']);
	});
	test('falls back to sentences saying what the applicant must have', () => {
		const r = parseText('三、试点项目承担单位应具备独立法人资格。承担单位应于每年11月底前提交总结。');
		expect(r.conditions.map((c) => c.text)).toEqual(['试点项目承担单位应具备独立法人资格。']);
	});
});

describe('remarkNoticeQuotas', () => {
	test('gives each cap of a sentence its clause', () => {
		const r = parseText('择优推荐，总数不超8个，同一领域不超2个。专项试点可额外再分别推荐两个。');
		expect(r.quotas).toEqual([
			{ text: '总数不超8个', max: 8 },
			{ text: '同一领域不超2个', max: 2 },
			{ text: '专项试点可额外再分别推荐两个。', max: 2 },
		]);
	});
	test('keeps a bracket inside the clause', () => {
		expect(parseText('省（中）直有关部门推荐不超过2个，其他地区不超过1个。').quotas[0]).toEqual({ text: '省（中）直有关部门推荐不超过2个', max: 2 });
	});
	test('does not take targets or periods for caps', () => {
		expect(parseText('每年开展活动3次以上，实施率达到90%以上，项目期限为2年。').quotas).toEqual([]);
	});
});

describe('remarkNoticeDeadlines', () => {
	test('resolves years from the issue date and reads 月底 and 每年', () => {
		const r = parseText('请于6月15日前报送。总结材料于5月底前提交。承担单位应于每年11月底前提交年度总结。\n某某省市场监督管理局\n2025年5月19日');
		expect(r.deadlines.map((d) => d.date)).toEqual(['2025-06-15', '2025-05-31', '--11-30']);
	});
	test('reads a labelled deadline and skips dates that are not deadlines', () => {
		const r = parseText('申报截止日期：2023年5月15日。2024年底已经期满的项目不再报送。依据《2022年3月1日印发的办法》执行。');
		expect(r.deadlines).toEqual([{ date: '2023-05-15', kind: 'submit', text: '申报截止日期：2023年5月15日。', party: 'applicant' }]);
	});
	test('keeps one entry per date', () => {
		expect(parseText('于2023年8月15日前报送。请于2023年8月15日前寄送。').deadlines).toHaveLength(1);
	});
});

describe('remarkNoticeContacts', () => {
	test('reads org, names and shared numbers, then the address and postcode below', () => {
		const r = parseText('联系人：市场监管总局标准技术司董艳、黄帅 010-82261022、82260667（传真）\n邮寄地址：北京市东城区安定门外大街56号\n邮政编码：100011');
		const expected = { role: null, org: '市场监管总局标准技术司', phones: ['010-82261022', '82260667'], emails: [], address: '北京市东城区安定门外大街56号', postcode: '100011' };
		expect(r.contacts).toEqual([{ name: '董艳', ...expected }, { name: '黄帅', ...expected }]);
	});
	test('reads desks and roles', () => {
		const r = parseText('智慧农业领域：孟宪芸 27182054\n社会管理领域联系人：刘文涛，联系电话：64220000转2527分机；');
		expect(r.contacts.map((c) => [c.role, c.name, c.phones])).toEqual([
			['智慧农业领域', '孟宪芸', ['27182054']],
			['社会管理领域', '刘文涛', ['64220000转2527']],
		]);
	});
	test('reads an office address given before any person as a contact of its own', () => {
		const r = parseText('（五）联系方式：\n纸质材料寄送地址：上海市市场监督管理局，肇嘉浜路301号，邮政编码200032。');
		expect(r.contacts).toEqual([{ name: null, role: null, org: '上海市市场监督管理局', phones: [], emails: [], address: '肇嘉浜路301号', postcode: '200032' }]);
	});
	test('reads the people under a support-unit header', () => {
		const r = parseText('支撑单位及联系人：\n中国标准化研究院 王淑敏 010-58811620\n材料发送邮箱：wangshm@cnis.ac.cn');
		expect(r.contacts.map((c) => [c.role, c.org, c.name, c.emails])).toEqual([['支撑单位', '中国标准化研究院', '王淑敏', ['wangshm@cnis.ac.cn']]]);
	});
});

describe('remarkNoticeAttachments and remarkNoticePeriod', () => {
	test('reads the attachment list and the construction period', () => {
		const r = parseText('试点项目建设周期为2027年—2028年。\n附件：1.申报书\n2.推荐汇总表');
		expect(r.attachments).toEqual([{ no: 1, title: '申报书', kind: '申报书' }, { no: 2, title: '推荐汇总表', kind: '汇总表' }]);
		expect(r.period).toEqual({ from: 2027, to: 2028 });
	});
	test.each([
		['项目期限为2年。', { years: 2 }],
		['试点示范项目建设周期一般不超过两年。', { years: 2 }],
		['建设期满后开展自评。', null],
	])('reads %s as %j', (text, period) => {
		expect(parseText(text).period).toEqual(period);
	});
});

describe('noticeId', () => {
	test('spells place, year and kind as an ASCII slug', () => {
		expect(noticeId({ jurisdiction: { level: 'provincial', name: '辽宁省', parent: null }, year: 2026, title: '关于组织开展2026年度国家标准化试点项目申报推荐工作的通知' })).toBe('liaoning-2026-pilot-recommendation');
		expect(noticeId({ jurisdiction: { level: 'national', name: '全国', parent: null }, year: 2023, title: '关于征集试点示范项目的通知' })).toBe('national-2023-pilot-demonstration');
		expect(noticeId({ issuers: ['重庆市渝北区办公室'], jurisdiction: { level: 'district', name: '渝北区', parent: null }, year: 2023, title: null })).toBe('chongqing-yubei-2023-pilot-call');
	});
	test('slugify keeps ASCII and spells Chinese', () => {
		expect(slugify('内蒙古 ESG')).toBe('neimenggu-esg');
	});
});
