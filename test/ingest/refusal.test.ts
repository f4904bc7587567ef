/**
 * What ingest refuses and what it reads: a text with any shape of a call is parsed even when
 * chrome surrounds it, its title is missing or it stops mid-sentence; only empty, binary,
 * non-Chinese or shapeless text is refused, with one line in Chinese, then English.
 */
import { describe, expect, test } from 'vitest';
import { IngestError, parseNoticeFile } from '../../src/ingest/index.ts';
import { notNoticeReason } from '../../src/ingest/refusal.ts';
import { splitLines } from '../../src/ingest/segment/classify-line.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The refusal of a text, or undefined when it is read. */
function refusal(text: string): string | undefined {
	try {
		parseNoticeFile(utf8(text), 'a.txt');
		return undefined;
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		return error.message;
	}
}

const reason = (text: string) => notNoticeReason(text, splitLines(text));

describe('notNoticeReason', () => {
	test('returns the Chinese then English reason for text without Chinese', () => {
		expect(reason('Dear colleagues, please apply before June.')).toEqual(
			'不是通知：文中没有中文，请确认文件是中文通知原文 / not a notice: no Chinese text; check that the file is the Chinese notice',
		);
	});

	test('returns a reason for Chinese prose with no sign of a call', () => {
		expect(reason('今天天气很好，我们去公园散步，看到很多人在锻炼身体。\n孩子们在草地上玩耍，老人们在树下下棋。')).toMatch(
			/^不是通知：中文文本里没有通知的标题、称呼.* \/ not a notice: Chinese text with no title, salutation or numbered sections/,
		);
	});

	test('returns the lost line breaks for one long line', () => {
		expect(reason('为推进标准化工作，现将有关事项说明如下。'.repeat(60))).toMatch(/全文只有一行（1200 字）.*were its line breaks lost\?/);
	});

	test.each([
		['a title line', '某某市市场监督管理局关于开展标准化试点项目申报工作的通知\n为推进标准化工作，现将有关事项说明如下。'],
		['a 函 title', '关于转发国家标准立项指南的函\n为推进标准化工作，现将有关事项说明如下。'],
		['a salutation', '各有关单位：\n为推进标准化工作，现将有关事项说明如下。'],
		['a salutation with an ASCII colon', '各区市场监管局,各有关单位:\n为推进标准化工作，现将有关事项说明如下。'],
		['numbered sections', '为推进标准化工作，现将有关事项说明如下。\n一、申报条件\n二、申报程序'],
	])('returns null for a text with %s', (_, text) => {
		expect(reason(text)).toBeNull();
	});
});

describe('parseNoticeFile', () => {
	test('reads a notice with page chrome around it, no title, cut mid-sentence', () => {
		const text = [
			'站内搜索',
			'当前位置：首页 > 通知公告',
			'发布时间：2021-04-20 浏览次数：12',
			'各有关单位：',
			'为推进标准化试点工作，现将有关事项通知如下：',
			'一、申报条件',
			'（一）申报单位应具有独立法人资格，近三年',
		].join('\n');
		const [notice] = parseNoticeFile(utf8(text), 'a.txt');
		expect(notice!.record.title).toBeNull();
		expect(notice!.record.year).toBe(2021);
		expect(notice!.record.issuedOn).toBe('2021-04-20');
	});

	test('takes the year from a cited 文号 when the text names none else', () => {
		const text = '各有关单位：\n按照《甲乙丙丁管理办法》（国标委发〔2022〕35号）要求，现就有关事宜通知如下：\n一、申报领域';
		expect(parseNoticeFile(utf8(text), 'a.txt')[0]!.record.year).toBe(2022);
	});

	test('refuses a call that gives no year at all, saying so', () => {
		expect(refusal('各有关单位：\n为推进标准化试点工作，现将有关事项通知如下：\n一、申报条件')).toEqual(
			'a.txt: 找不到年份：正文、日期和文号都没有写年份，请换用带发布日期或文号的完整原文 / no year found: the text names no year, issue date or 文号; supply the full text with its date',
		);
	});

	test('refuses Chinese prose naming the file', () => {
		expect(refusal('今天天气很好，我们去公园散步。\n孩子们在草地上玩耍，老人们在树下下棋。')).toMatch(/^a\.txt: 不是通知：/);
	});
});
