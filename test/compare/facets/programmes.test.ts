import { describe, expect, test } from 'vitest';
import { compareProgrammes, programmeCore } from '../../../src/compare/facets/programmes.ts';

const rows = (a: string[], b: string[]) => compareProgrammes(a, b).map((c) => [c.status, c.a, c.b, c.substantive]);

describe('programmeCore', () => {
	test('drops a level’s 级, a year and a batch, and keeps what names the programme', () => {
		expect(programmeCore('国家级标准化试点项目')).toBe('国家标准化试点项目');
		expect(programmeCore('第十批社会管理和公共服务综合标准化试点项目')).toBe('社会管理和公共服务综合标准化试点项目');
		expect(programmeCore('2026年度省级标准化试点项目')).toBe('省标准化试点项目');
		expect(programmeCore('国家标准化示范项目')).toBe('国家标准化示范项目');
	});
});

describe('compareProgrammes', () => {
	test('returns programmes kept, added and removed, in b’s order', () => {
		expect(rows(['国家标准化试点项目', '市级标准化试点项目'], ['国家标准化试点项目', '国家高新技术产业标准化试点示范项目'])).toEqual([
			['kept', '国家标准化试点项目', '国家标准化试点项目', false],
			['added', null, '国家高新技术产业标准化试点示范项目', true],
			['removed', '市级标准化试点项目', null, true],
		]);
	});

	test('returns a programme renamed around the same core as changed, not removed and added', () => {
		expect(rows(['国家标准化试点项目'], ['国家级标准化试点项目'])).toEqual([['changed', '国家标准化试点项目', '国家级标准化试点项目', false]]);
	});

	test('never pairs a pilot with a demonstration, however alike their names', () => {
		expect(rows(['国家标准化试点项目'], ['国家标准化示范项目']).map((r) => r[0])).toEqual(['added', 'removed']);
	});

	test('prefers the same name to the same core', () => {
		expect(rows(['国家级标准化试点项目', '国家标准化试点项目'], ['国家标准化试点项目'])).toEqual([
			['removed', '国家级标准化试点项目', null, true],
			['kept', '国家标准化试点项目', '国家标准化试点项目', false],
		]);
	});
});
