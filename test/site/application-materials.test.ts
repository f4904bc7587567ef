import { describe, expect, test } from 'vitest';
import { applicationMaterials } from '../../src/lib/applicant/application-materials.ts';
import { readNotice } from './read-notice.ts';

const attached = (...titles: string[]) => ({
	attachments: titles.map((title, index) => ({ no: index + 1, title, kind: null })),
});
const names = (record: ReturnType<typeof attached>, text: string[] = []) =>
	applicationMaterials(record, text).map((m) => [m.name, m.attachment]);

describe('applicationMaterials', () => {
	test('returns attachments that are forms, not notices, guides or evaluation forms', () => {
		const record = attached(
			'某某通知',
			'国家标准化试点项目申报书',
			'项目申报操作指南（2025年度）',
			'国家标准化试点项目自评表',
			'关于推荐试点项目的函（示例）',
		);
		expect(names(record)).toEqual([
			['国家标准化试点项目申报书', 1],
			['关于推荐试点项目的函（示例）', 4],
		]);
	});

	test('adds forms the text names in 《》, once, after the attachments', () => {
		const text = ['填写《某某试点申请书》和《某某试点申请书》后报送。', '对照《某某实施细则》执行。'];
		expect(names(attached('某某试点申请书（样表）'), text)).toEqual([['某某试点申请书（样表）', 0]]);
		expect(names(attached(), text)).toEqual([['某某试点申请书', null]]);
	});

	test('adds a form named in passing unless a longer name already covers it', () => {
		expect(names(attached(), ['在线打印申请表，一式三份。'])).toEqual([['申请表', null]]);
		expect(names(attached(), ['将《某某项目申请表》和申请表报送。'])).toEqual([['某某项目申请表', null]]);
		expect(names(attached(), ['以推荐公函形式报送。'])).toEqual([['推荐公函', null]]);
		expect(names(attached('推荐的函（示例）'), ['以推荐函形式报送。'])).toEqual([['推荐的函（示例）', 0]]);
	});

	test('asks for a credit report where a condition sets a credit record, with where to get it', () => {
		const [credit] = applicationMaterials(attached(), [
			'无不良信用记录（以“信用中国”和“国家企业信用信息公示系统”为准）。',
		]);
		expect(credit).toEqual({
			name: '信用记录查询结果',
			attachment: null,
			note: '可在“信用中国”、“国家企业信用信息公示系统”查询',
		});
		const [report] = applicationMaterials(attached(), ['上传信用信息报告。']);
		expect(report).toEqual({ name: '信用信息报告', attachment: null, note: null });
	});

	test('returns nothing for a text that names no material', () => {
		expect(applicationMaterials(attached('某某通知'), ['请认真组织。'])).toEqual([]);
	});

	test('reads the Liaoning 2026 notice: its letter, the application form and the credit record', () => {
		const { record, paragraphs } = readNotice('content/notices/liaoning-2026-pilot-recommendation.mdx');
		expect(applicationMaterials(record, paragraphs).map((m) => m.name)).toEqual([
			'关于推荐国家标准化试点项目的函（示例）',
			'国家标准化试点项目申请表',
			'信用记录查询结果',
		]);
	});
});
