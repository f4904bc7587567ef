/** Forwards: the call a notice carries out, as it names it in its opening or its attachments. */
import { describe, expect, test } from 'vitest';
import { forwardsOf } from '../../../src/ingest/extract/forwards.ts';
import { parseNoticeFile } from '../../../src/ingest/index.ts';
import { parseText } from '../../helpers/parse-text.ts';
import { taxonomy } from '../../helpers/record-facts.ts';

describe('forwardsOf', () => {
	test('reads the call and its 文号 from 按照《…》（…）要求, marking the verb to the 文号', () => {
		// The block starts at 10 in the notice; 按照 at 4 in it, the 文号's bracket closes at 41.
		const blocks = [{ text: '为做好，按照《甲委关于征集2026年度乙试点项目的通知》（甲委发〔2026〕7号）要求，现将有关事项通知如下。', start: 10 }];
		expect(forwardsOf(blocks, '某局关于开展乙试点项目推荐工作的通知', [])).toEqual({
			forwards: { docNumber: '甲委发〔2026〕7号', title: '甲委关于征集2026年度乙试点项目的通知' },
			start: 14,
			end: 51,
		});
	});

	test('reads a named call without 文号', () => {
		expect(forwardsOf([{ text: '根据《甲委关于开展丙示范项目申报工作的通知》，现组织申报。', start: 0 }], null, [])).toEqual({
			forwards: { docNumber: null, title: '甲委关于开展丙示范项目申报工作的通知' },
			start: 0,
			end: 22,
		});
	});

	test('takes an attachment that is itself a call when the text names none, marking its title', () => {
		const attachments = [
			{ text: '丁省申报书', start: 40, end: 45 },
			{ text: '甲委关于征集 2025年度乙试点项目的通知', start: 48, end: 68 },
		];
		expect(forwardsOf([{ text: '（《通知》见附件1）', start: 0 }], null, attachments)).toEqual({
			forwards: { docNumber: null, title: '甲委关于征集2025年度乙试点项目的通知' },
			start: 48,
			end: 68,
		});
	});

	test.each([
		['a plan', [{ text: '为贯彻落实《国家标准化发展纲要》，现通知如下。', start: 0 }], []],
		['rules it issues', [{ text: '根据《某市人民政府办公室关于印发标准化资助资金管理办法的通知》，现组织申报。', start: 0 }], []],
		['a policy', [{ text: '按照《商务部关于推进贸易便利化若干措施的通知》要求。', start: 0 }], [{ text: '某办法', start: 30, end: 33 }]],
		['its own title, quoted in a sample letter', [{ text: '按照《某局关于开展乙试点项目推荐工作的通知》要求', start: 0, inAttachment: true }], []],
	])('finds nothing in %s', (_, blocks, attachments) => {
		expect(forwardsOf(blocks, '某局关于开展乙试点项目推荐工作的通知', attachments)).toBeNull();
	});

	test('never takes the notice\'s own title', () => {
		const own = '某局关于开展乙试点项目推荐工作的通知';
		expect(forwardsOf([{ text: `按照《${own}》要求`, start: 0 }], own, [{ text: own, start: 30, end: 48 }])).toBeNull();
	});
});

describe('remarkNoticeForwards', () => {
	test('writes forwards on the record', () => {
		const record = parseText('按照《甲委关于征集2026年度乙试点项目的通知》（甲委发〔2026〕7号）要求，现将有关事项通知如下。\n一、申报条件\n具有独立法人资格。\n');
		expect(record.forwards).toEqual({ docNumber: '甲委发〔2026〕7号', title: '甲委关于征集2026年度乙试点项目的通知' });
	});

	test('marks where the notice names its call as forward-0, for the page to link to', () => {
		const text = '某局关于开展乙试点项目推荐工作的通知\n各有关单位：\n为做好，按照《甲委关于征集2026年度乙试点项目的通知》（甲委发〔2026〕7号）要求，现将有关事项通知如下。\n';
		const [notice] = parseNoticeFile(Buffer.from(text), 'test.txt', { taxonomy });
		const mark = notice?.anchors.find((a) => a.id === 'forward-0');
		expect(mark?.kind).toBe('forward');
		expect(text.slice(mark?.start, mark?.end)).toBe('按照《甲委关于征集2026年度乙试点项目的通知》（甲委发〔2026〕7号）');
	});

	test('marks the attachment that is the call when the text names none', () => {
		const text = '某局关于开展乙试点项目推荐工作的通知\n各有关单位：\n现将有关事项通知如下。\n附件：1.丁省申报书\n2.甲委关于征集2025年度乙试点项目的通知\n';
		const [notice] = parseNoticeFile(Buffer.from(text), 'test.txt', { taxonomy });
		const mark = notice?.anchors.find((a) => a.id === 'forward-0');
		expect(notice?.record.forwards).toEqual({ docNumber: null, title: '甲委关于征集2025年度乙试点项目的通知' });
		expect(text.slice(mark?.start, mark?.end)).toContain('甲委关于征集2025年度乙试点项目的通知');
	});

	test('writes null when the notice names no call', () => {
		expect(parseText('一、申报条件\n具有独立法人资格。\n').forwards).toBeNull();
	});
});
