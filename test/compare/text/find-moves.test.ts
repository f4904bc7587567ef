import { describe, expect, test } from 'vitest';
import { findMoves } from '../../../src/compare/text/find-moves.ts';
import type { Unit } from '../../../src/compare/text/model.ts';
import { normalizeUnit } from '../../../src/compare/text/normalize-unit.ts';

const units = (...texts: string[]): Unit[] => texts.map((text) => ({ text, key: normalizeUnit(text) }));
const LONG = '已承担过试点项目的单位，原则上不能作为承担单位申报本次试点。';

describe('findMoves', () => {
	test('pairs identical keys in order and returns the next id', () => {
		const removed = units('邮政编码：100011', '甲乙丙丁。', '邮政编码：100011');
		const added = units('邮政编码：100011', '戊己庚辛。');
		expect(findMoves(removed, added, 1, 5)).toBe(6);
		expect(removed.map((u) => u.moveId)).toEqual([5, undefined, undefined]);
		expect(added[0]?.partner).toBe(removed[0]);
		expect(added[1]?.partner).toBeUndefined();
	});

	test('pairs a nearly identical sentence with the most similar candidate', () => {
		const removed = units(LONG);
		const added = units('申报本次试点。', LONG.replace('本次', '本年度'), LONG.replace('本次试点', '试点'));
		expect(findMoves(removed, added, 0.9, 1)).toBe(2);
		expect(removed[0]?.partner).toBe(added[2]);
		expect(added[2]?.moveId).toBe(1);
	});

	test('leaves paired units and dissimilar ones alone', () => {
		const [paired, other] = units(LONG, '联系人：王某。');
		paired!.partner = other!;
		const added = units(LONG, '联系人：李某。');
		expect(findMoves([paired!, other!], added, 0.9, 1)).toBe(1);
		expect(added.every((u) => u.partner === undefined)).toBe(true);
	});
});
