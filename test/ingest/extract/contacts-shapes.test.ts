/** The shapes contact lines take on real pages, each on a short text written for the test. */
import { describe, expect, test } from 'vitest';
import { joinSpacedChars, namesOnly, readEmails } from '../../../src/ingest/extract/contact-people.ts';
import { parseText } from '../../helpers/parse-text.ts';

const people = (body: string) => parseText(body).contacts.map((c) => [c.org, c.name, c.phones]);

describe('joinSpacedChars', () => {
	test.each([
		['联 系 人：霍 洁', '联系人：霍洁'],
		['市 某 某 局 王 五 010-12345678', '市某某局王五 010-12345678'],
		['市 财 政 局 欧阳明 010-12345678', '市财政局 欧阳明 010-12345678'],
		['张三 李四', '张三 李四'],
	])('joins %s into %s', (text, joined) => {
		expect(joinSpacedChars(text)).toBe(joined);
	});
});

describe('namesOnly', () => {
	test('reads a line of bare names and refuses other short words', () => {
		expect(namesOnly('赵一、钱二')).toEqual(['赵一', '钱二']);
		expect(namesOnly('特此通知')).toEqual([]);
		expect(namesOnly('联系方式')).toEqual([]);
	});
});

describe('remarkNoticeContacts', () => {
	test('reads a table padded with spaces under 联系人及电话', () => {
		expect(people('联系人及电话:\n市 某 某 局 王 五 010-12345678\n市 财 政 局 欧阳明 010-87654321')).toEqual([
			['市某某局', '王五', ['010-12345678']],
			['市财政局', '欧阳明', ['010-87654321']],
		]);
	});
	test('reads an office before 联系人 as the org, and two person lines run together', () => {
		expect(people('市某某处,联系人:王五,电话:055112345678省某推广站,联系人:赵 六,电话:055187654321')).toEqual([
			['市某某处', '王五', ['055112345678']],
			['省某推广站', '赵六', ['055187654321']],
		]);
	});
	test('reads a bracketed line with a spaced name, mailbox and address', () => {
		const r = parseText('（联系人:周 七;联系电话:022-12345678;邮 箱:abc@example.cn;地 址:某市某区某路1号某大厦A座)');
		expect(r.contacts).toEqual([
			{ name: '周七', role: null, org: null, phones: ['022-12345678'], emails: ['abc@example.cn'], address: '某市某区某路1号某大厦A座', postcode: null },
		]);
	});
	test('reads a contact section: office line, spaced label, bare names, a number on its own line', () => {
		const r = parseText('六、联系方式\n某部某某司\n联 系 人:孙一\n联系电话:010-11112222\n材料寄送地址:某市某区某街1号某某中心\n吴二、郑三\n联系电话:010-33334444、\n010-55556666\n邮编:100000\n特此通知。');
		expect(r.contacts.map((c) => [c.org, c.name, c.phones, c.postcode])).toEqual([
			['某部某某司', '孙一', ['010-11112222'], null],
			[null, '吴二', ['010-33334444', '010-55556666'], '100000'],
			[null, '郑三', ['010-33334444', '010-55556666'], '100000'],
		]);
		expect(r.contacts[0]!.address).toBe('某市某区某街1号');
	});
	test('takes no contact from a mailbox or address in the body, or from the page footer', () => {
		const r = parseText('请于9月1日前递交材料，电子版发至邮箱abc@example.cn。\n受理单位为某局标准化处（地址：某市某路1号）。\n主办单位：某某局\n联系方式：022-12345678');
		expect(r.contacts).toEqual([]);
	});
});

describe('readEmails', () => {
	test.each([
		['邮箱：abc@example.cn', ['abc@example.cn']],
		['邮箱：abc[at]example.cn', ['abc@example.cn']],
		['邮箱：abc#example.com.cn', ['abc@example.com.cn']],
		['邮箱：[email protected]', []],
	])('reads %s', (text, emails) => {
		expect(readEmails(text)).toEqual(emails);
	});
});

describe('remarkNoticeContacts, more shapes', () => {
	test('reads an honorific name, a number in brackets, a desk and a fax line', () => {
		const r = parseText('政策咨询：刘老师（010-12345678）\n传真：010-87654321');
		expect(r.contacts.map((c) => [c.role, c.name, c.phones])).toEqual([['政策咨询', '刘老师', ['010-12345678', '010-87654321']]]);
	});
	test('reads several names sharing one number, and a phone line standing alone', () => {
		expect(people('联系人：张一、李二，电话：010-12345678')).toEqual([
			[null, '张一', ['010-12345678']],
			[null, '李二', ['010-12345678']],
		]);
		expect(people('咨询电话：010-12345678')).toEqual([[null, null, ['010-12345678']]]);
	});
});

describe('remarkNoticeContacts, a list of people', () => {
	test('reads org-name-number lines under a person line, and a help desk', () => {
		expect(people('联系人：某局某处 王一 0531-12345678（传真）\n某研究院 赵二 0531-87654321\n技术支持：钱三 13912345678')).toEqual([
			['某局某处', '王一', ['0531-12345678']],
			['某研究院', '赵二', ['0531-87654321']],
			[null, '钱三', ['13912345678']],
		]);
	});
});

describe('remarkNoticeContacts, a contact table', () => {
	test('reads the rows under a header row padded with spaces, even run into one line', () => {
		expect(people('单位        联系人    联系电话\n某局某处    王一      0531-12345678\n某研究院    赵二      0531-87654321')).toEqual([
			['某局某处', '王一', ['0531-12345678']],
			['某研究院', '赵二', ['0531-87654321']],
		]);
	});
});

describe('remarkNoticeContacts after the closing line', () => {
	test('takes no contact from the page below the notice', () => {
		const r = parseText('请于6月30日前报送。\n某某局\n2023年5月19日\n（联系人：周一；联系电话：022-12345678）\n（此件主动公开）\n联系方式：022-87654321');
		expect(r.contacts.map((c) => [c.name, c.phones])).toEqual([['周一', ['022-12345678']]]);
	});
});

describe('remarkNoticeContacts, two desks on one line', () => {
	test('reads the person after the second desk label', () => {
		expect(people('业务咨询：王一，010-12345678；系统技术支持：赵二，400-123-4567').map(([, name, phones]) => [name, phones])).toEqual([
			['王一', ['010-12345678']],
			['赵二', ['400-123-4567']],
		]);
	});
});
