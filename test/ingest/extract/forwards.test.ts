/** Forwards: the call a notice carries out, as it names it in its opening or its attachments. */
import { describe, expect, test } from 'vitest';
import { forwardsOf } from '../../../src/ingest/extract/forwards.ts';
import { parseText } from '../../helpers/parse-text.ts';

describe('forwardsOf', () => {
	test('reads the call and its 文号 from 按照《…》（…）要求', () => {
		const blocks = [{ text: '按照《甲委关于征集2026年度乙试点项目的通知》（甲委发〔2026〕7号）要求，现将有关事项通知如下。' }];
		expect(forwardsOf(blocks, '某局关于开展乙试点项目推荐工作的通知', [])).toEqual({
			docNumber: '甲委发〔2026〕7号',
			title: '甲委关于征集2026年度乙试点项目的通知',
		});
	});

	test('reads a named call without 文号', () => {
		expect(forwardsOf([{ text: '根据《甲委关于开展丙示范项目申报工作的通知》，现组织申报。' }], null, [])).toEqual({
			docNumber: null,
			title: '甲委关于开展丙示范项目申报工作的通知',
		});
	});

	test('takes an attachment that is itself a call when the text names none', () => {
		const attachments = ['丁省申报书', '甲委关于征集 2025年度乙试点项目的通知'];
		expect(forwardsOf([{ text: '（《通知》见附件1）' }], null, attachments)).toEqual({
			docNumber: null,
			title: '甲委关于征集2025年度乙试点项目的通知',
		});
	});

	test.each([
		['a plan', [{ text: '为贯彻落实《国家标准化发展纲要》，现通知如下。' }], []],
		['rules it issues', [{ text: '根据《某市人民政府办公室关于印发标准化资助资金管理办法的通知》，现组织申报。' }], []],
		['a policy', [{ text: '按照《商务部关于推进贸易便利化若干措施的通知》要求。' }], ['某办法']],
		['its own title, quoted in a sample letter', [{ text: '按照《某局关于开展乙试点项目推荐工作的通知》要求', inAttachment: true }], []],
	])('finds nothing in %s', (_, blocks, attachments) => {
		expect(forwardsOf(blocks, '某局关于开展乙试点项目推荐工作的通知', attachments)).toBeNull();
	});

	test('never takes the notice\'s own title', () => {
		const own = '某局关于开展乙试点项目推荐工作的通知';
		expect(forwardsOf([{ text: `按照《${own}》要求` }], own, [own])).toBeNull();
	});
});

describe('remarkNoticeForwards', () => {
	test('writes forwards on the record', () => {
		const record = parseText('按照《甲委关于征集2026年度乙试点项目的通知》（甲委发〔2026〕7号）要求，现将有关事项通知如下。\n一、申报条件\n具有独立法人资格。\n');
		expect(record.forwards).toEqual({ docNumber: '甲委发〔2026〕7号', title: '甲委关于征集2026年度乙试点项目的通知' });
	});

	test('writes null when the notice names no call', () => {
		expect(parseText('一、申报条件\n具有独立法人资格。\n').forwards).toBeNull();
	});
});
