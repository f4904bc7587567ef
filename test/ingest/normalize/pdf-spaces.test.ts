import { describe, expect, test } from 'vitest';
import { createMappedText } from '../../../src/ingest/normalize/mapped-text.ts';
import { pdfSpaces } from '../../../src/ingest/normalize/pdf-spaces.ts';

const apply = (text: string) => pdfSpaces(createMappedText(text)).text;

describe('pdfSpaces', () => {
	test('returns two Han words joined', () => {
		expect(apply('试点 项目')).toEqual('试点项目');
	});

	test('returns a year joined to 年度', () => {
		expect(apply('2026 年度')).toEqual('2026年度');
	});

	test('returns a date without its spaces', () => {
		expect(apply('2026 年 4 月 14 日')).toEqual('2026年4月14日');
	});

	test('returns a spaced-out label joined', () => {
		expect(apply('地 址：沈阳')).toEqual('地址：沈阳');
	});

	test('returns a house number joined to the street', () => {
		expect(apply('崇山中路 55 号')).toEqual('崇山中路55号');
	});

	test('returns Latin letters joined to Han text', () => {
		expect(apply('金融机构 ESG 评价')).toEqual('金融机构ESG评价');
	});

	test('returns a percentage joined to Han text', () => {
		expect(apply('总数 80% 以上')).toEqual('总数80%以上');
	});

	test('returns no space after full-width parentheses or a colon', () => {
		expect(apply('（三） 试点 （一）')).toEqual('（三）试点（一）');
	});

	test('returns no space between a full-width colon and an e-mail address', () => {
		expect(apply('邮箱： a@b.cn')).toEqual('邮箱：a@b.cn');
	});

	test('returns an ISO date joined to Han text', () => {
		expect(apply('于 2023-08-15 前')).toEqual('于2023-08-15前');
	});

	test('returns a tab, an ideographic space or a no-break space removed like a space', () => {
		expect(apply('试\t点\u3000项\u00a0目')).toEqual('试点项目');
	});

	test('returns two spaces between fields unchanged', () => {
		expect(apply('连洁  联系电话')).toEqual('连洁  联系电话');
	});

	test('returns two ideographic spaces unchanged', () => {
		expect(apply('年\u3000\u3000月')).toEqual('年\u3000\u3000月');
	});

	test('returns the space between a name and a landline number', () => {
		expect(apply('王淑敏 010-58811620')).toEqual('王淑敏 010-58811620');
	});

	test('returns the space between a name and a number with extension', () => {
		expect(apply('胡宇 024-96315-1-3515 13840110917')).toEqual('胡宇 024-96315-1-3515 13840110917');
	});

	test('returns the spaces around a local number', () => {
		expect(apply('孙彩英 27113062 传真')).toEqual('孙彩英 27113062 传真');
	});

	test('returns spaces between Latin words or between numbers unchanged', () => {
		expect(apply('word 2 ESG rating 2026 2027')).toEqual('word 2 ESG rating 2026 2027');
	});

	test('returns a space next to ASCII punctuation unchanged', () => {
		expect(apply('王某 ,李某 1. 关于')).toEqual('王某 ,李某1. 关于');
	});

	test('returns an Extension B character joined to its neighbour', () => {
		expect(apply('𠀀 项')).toEqual('𠀀项');
	});

	test('returns a line without indentation and trailing blanks', () => {
		expect(apply('\t\u3000 项目名称：  \t')).toEqual('项目名称：');
	});

	test('returns every line trimmed and every newline kept', () => {
		expect(apply(' 甲 \n\t\n  乙\t')).toEqual('甲\n\n乙');
	});

	test('returns a form feed at a page start removed', () => {
		expect(apply('甲\n\f乙')).toEqual('甲\n乙');
	});

	test('returns the date characters at their source offsets', () => {
		expect([...pdfSpaces(createMappedText('4 月 1 日')).sources]).toEqual([0, 2, 4, 6, 7]);
	});
});
