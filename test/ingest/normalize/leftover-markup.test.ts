import { describe, expect, test } from 'vitest';
import { leftoverMarkup } from '../../../src/ingest/normalize/leftover-markup.ts';
import { createMappedText } from '../../../src/ingest/normalize/mapped-text.ts';

const apply = (text: string) => leftoverMarkup(createMappedText(text)).text;

describe('leftoverMarkup', () => {
	test('removes bold markers before list markers, so a second pass finds nothing', () => {
		expect(apply('**- 附件：')).toBe('附件：');
		expect(apply(apply('**- 附件：'))).toBe('附件：');
	});

	test('returns an attachment line without its list marker', () => {
		expect(apply('- 附件: 1. 关于推荐的函')).toEqual('附件: 1. 关于推荐的函');
	});

	test('returns a numbered item without its list marker', () => {
		expect(apply('- （一）应急管理')).toEqual('（一）应急管理');
	});

	test('returns a line without an asterisk list marker', () => {
		expect(apply('* （二）和谐劳动关系')).toEqual('（二）和谐劳动关系');
	});

	test('returns the indentation in front of a removed marker', () => {
		expect(apply('\t- 附件')).toEqual('\t附件');
	});

	test('returns a line without nested list markers', () => {
		expect(apply('- * 附件')).toEqual('附件');
	});

	test('returns markers removed on every line', () => {
		expect(apply('甲\n- 乙\n* 丙')).toEqual('甲\n乙\n丙');
	});

	test('returns a dash inside a line unchanged', () => {
		expect(apply('2027年 - 2028年')).toEqual('2027年 - 2028年');
	});

	test('returns a leading minus sign without a space unchanged', () => {
		expect(apply('-5℃')).toEqual('-5℃');
	});

	test('returns a leading em dash unchanged', () => {
		expect(apply('— 附件')).toEqual('— 附件');
	});

	test('returns a URL without its angle brackets', () => {
		expect(apply('<http://sfq.sacinfo.org.cn/login>')).toEqual('http://sfq.sacinfo.org.cn/login');
	});

	test('returns a URL in full-width parentheses without its angle brackets', () => {
		expect(apply('系统（<http://smpls.cnis.ac.cn>）提交')).toEqual(
			'系统（http://smpls.cnis.ac.cn）提交',
		);
	});

	test('returns an https URL with a query without its angle brackets', () => {
		expect(apply('<https://a.cn/x?y=1&z=2>')).toEqual('https://a.cn/x?y=1&z=2');
	});

	test('returns an e-mail address without its angle brackets', () => {
		expect(apply('邮箱：<lnbzchy@163.com>')).toEqual('邮箱：lnbzchy@163.com');
	});

	test('returns a mailto link without its angle brackets', () => {
		expect(apply('<mailto:sujr@cesi.cn>')).toEqual('mailto:sujr@cesi.cn');
	});

	test('returns angle brackets that hold no link unchanged', () => {
		expect(apply('数量<10，<b>标题</b>')).toEqual('数量<10，<b>标题</b>');
	});

	test('returns bold text without its markers', () => {
		expect(apply('**申报条件**')).toEqual('申报条件');
	});

	test('returns text without a stray bold marker', () => {
		expect(apply('联系人**：王某')).toEqual('联系人：王某');
	});

	test('returns a single asterisk unchanged', () => {
		expect(apply('5*3')).toEqual('5*3');
	});

	test('returns full-width asterisks unchanged', () => {
		expect(apply('＊＊注')).toEqual('＊＊注');
	});

	test('returns the characters of a link at their own source offsets', () => {
		const mapped = leftoverMarkup(createMappedText('<http://a>'));
		expect([...mapped.sources]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10]);
	});
});
