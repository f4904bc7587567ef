import { describe, expect, test } from 'vitest';
import { compareContacts } from '../../../src/compare/facets/contacts.ts';
import type { NoticeRecord } from '../../../src/schemas/notice.ts';

type Contact = NoticeRecord['contacts'][number];

const contact = (fields: Partial<Contact>): Contact => ({
	name: null,
	role: null,
	org: null,
	phones: [],
	emails: [],
	address: null,
	postcode: null,
	...fields,
});

describe('compareContacts', () => {
	test('returns kept for the same person, phones in any order', () => {
		const a = contact({ name: '董艳', phones: ['010-82261022', '82261006'] });
		const b = contact({ name: '董艳', phones: ['82261006', '010-82261022'] });
		expect(compareContacts([a], [b])).toEqual([{ status: 'kept', a, b, substantive: false, fields: [] }]);
	});

	test('matches by name and lists the fields that differ', () => {
		const a = contact({ name: '李涵', phones: ['010-82261655'], org: '市场监管总局标准技术司' });
		const b = contact({ name: '李涵', phones: ['010-82261022'], org: '标准技术司' });
		expect(compareContacts([a], [b])).toEqual([{ status: 'changed', a, b, substantive: true, fields: ['org', 'phones'] }]);
	});

	test('matches a desk whose person changed by its phone', () => {
		const a = contact({ name: '刘文涛', role: '社会管理领域', phones: ['64220000转2527'] });
		const b = contact({ name: '张三', role: '社会管理领域', phones: ['64220000 转 2527'] });
		expect(compareContacts([a], [b])[0]).toMatchObject({ status: 'changed', fields: ['name'] });
	});

	test('matches an unnamed desk by its e-mail, in any case', () => {
		const a = contact({ emails: ['WangShM@cnis.ac.cn'], phones: ['010-58811620'] });
		const b = contact({ emails: ['wangshm@cnis.ac.cn'], phones: ['010-58811621'] });
		expect(compareContacts([a], [b])[0]).toMatchObject({ status: 'changed', fields: ['phones'] });
	});

	test('matches an unnamed office by organisation and role', () => {
		const a = contact({ org: '上海市市场监督管理局', address: '肇嘉浜路301号' });
		const b = contact({ org: '上海市市场监督管理局', address: '肇嘉浜路302号' });
		expect(compareContacts([a], [b])[0]).toMatchObject({ status: 'changed', fields: ['address'] });
	});

	test('pairs a person listed twice with the entry of the same role', () => {
		const general = contact({ name: '马蜻', phones: ['27182054'] });
		const desk = contact({ name: '马蜻', role: '高技术领域', phones: ['27182054'] });
		const changes = compareContacts([general, desk], [desk]);
		expect(changes.map((c) => [c.status, c.a?.role ?? null])).toEqual([
			['removed', null],
			['kept', '高技术领域'],
		]);
	});

	test('returns added and removed contacts as substantive', () => {
		const changes = compareContacts([contact({ name: '孙晓辉' })], [contact({ name: '闫虹光' })]);
		expect(changes.map((c) => [c.status, c.substantive])).toEqual([
			['added', true],
			['removed', true],
		]);
	});
});
