import { describe, expect, test } from 'vitest';
import { halfwidthPunctuation } from '../../../src/ingest/normalize/halfwidth-punctuation.ts';
import { createMappedText } from '../../../src/ingest/normalize/mapped-text.ts';

const apply = (text: string) => halfwidthPunctuation(createMappedText(text)).text;

describe('halfwidthPunctuation', () => {
	test('returns a full-width colon and comma between Han characters', () => {
		expect(apply('联系人:王某,李某')).toEqual('联系人：王某，李某');
	});

	test('returns a full-width comma after Han text followed by a space', () => {
		expect(apply('建设期内, 承担单位')).toEqual('建设期内， 承担单位');
	});

	test('returns a full-width semicolon, question and exclamation mark', () => {
		expect(apply('总结;是否?注意!')).toEqual('总结；是否？注意！');
	});

	test('returns a full-width colon before Han text only', () => {
		expect(apply('ESG:评价')).toEqual('ESG：评价');
	});

	test('returns a run of marks converted together', () => {
		expect(apply('王某,:李某')).toEqual('王某，：李某');
	});

	test('returns a full-width colon after full-width punctuation', () => {
		expect(apply('《申请表》:')).toEqual('《申请表》：');
	});

	test('returns full-width parentheses around Han numbering', () => {
		expect(apply('(三) 试点')).toEqual('（三） 试点');
	});

	test('returns full-width parentheses around a year with Han text', () => {
		expect(apply('(2025年度)')).toEqual('（2025年度）');
	});

	test('returns full-width parentheses after Han text', () => {
		expect(apply('的函(示例)')).toEqual('的函（示例）');
	});

	test('returns full-width parentheses for (1) at a line start', () => {
		expect(apply('(1) 项目')).toEqual('（1） 项目');
	});

	test('returns full-width parentheses for an indented (2) on a later line', () => {
		expect(apply('甲\n\t(2)项目')).toEqual('甲\n\t（2）项目');
	});

	test('returns a colon after converted parentheses full-width', () => {
		expect(apply('(三):')).toEqual('（三）：');
	});

	test('returns (1) in the middle of a line unchanged', () => {
		expect(apply('见(1)')).toEqual('见(1)');
	});

	test('returns parentheses around Latin text or a bare year unchanged', () => {
		expect(apply('机构(ESG)评价(2025)')).toEqual('机构(ESG)评价(2025)');
	});

	test('returns an unpaired parenthesis unchanged', () => {
		expect(apply('(三 试点')).toEqual('(三 试点');
	});

	test('returns a time and a thousands separator unchanged', () => {
		expect(apply('于10:30前共1,000个')).toEqual('于10:30前共1,000个');
	});

	test('returns Latin text unchanged', () => {
		expect(apply('Note: a, b; c?')).toEqual('Note: a, b; c?');
	});

	test('returns full-width marks unchanged', () => {
		expect(apply('联系人：王某，（一）')).toEqual('联系人：王某，（一）');
	});

	test('returns the colon of a URL after Han text unchanged', () => {
		expect(apply('网址http://a.cn')).toEqual('网址http://a.cn');
	});

	test('returns the marks of a URL query unchanged', () => {
		expect(apply('网址:http://a.cn/s?q=1,2;3:4')).toEqual('网址：http://a.cn/s?q=1,2;3:4');
	});

	test('returns a URL ended by its first Han character, as in （http://a.cn）下载', () => {
		expect(apply('http://a.cn/中文?x')).toEqual('http://a.cn/中文？x');
	});

	test('returns Han text in parentheses right after a URL full-width', () => {
		expect(apply('见 http://a.cn/x_(中)')).toEqual('见 http://a.cn/x_（中）');
	});

	test('returns a comma after a URL full-width', () => {
		expect(apply('http://a.cn,请登录')).toEqual('http://a.cn，请登录');
	});

	test('returns marks around an e-mail address converted, the address unchanged', () => {
		expect(apply('邮箱:a.b@c.cn,请')).toEqual('邮箱：a.b@c.cn，请');
	});

	test('returns each converted character at its own source offset', () => {
		expect([...halfwidthPunctuation(createMappedText('(三):')).sources]).toEqual([0, 1, 2, 3, 4]);
	});
});
