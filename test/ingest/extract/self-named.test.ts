import { describe, expect, test } from 'vitest';
import { decidingBodies, ministrySelf } from '../../../src/ingest/extract/self-named.ts';

describe('decidingBodies', () => {
	test('returns the body that decides the call', () => {
		expect(decidingBodies(['为推进标准化工作，按照有关要求，国家标准化管理委员会决定征集第八批试点项目。'])).toEqual(['国家标准化管理委员会']);
	});

	test('returns joint bodies, one with a second name in brackets', () => {
		expect(decidingBodies(['为发挥标准作用，甲市场监管局（标准委）、乙省工业和信息化厅决定联合开展试点。'])).toEqual([
			'甲市场监管局（标准委）',
			'乙省工业和信息化厅',
		]);
	});

	test('returns nothing when what decides is no organisation', () => {
		expect(decidingBodies(['经研究，决定开展试点工作。', '为推进工作，我们决定开展试点。'])).toEqual([]);
	});

	test('returns nothing from a block past the opening', () => {
		expect(decidingBodies(['甲', '乙', '丙', '丁', '国家标准化管理委员会决定开展试点。'])).toEqual([]);
	});
});

describe('ministrySelf', () => {
	test('returns the one ministry a 我部 refers to', () => {
		expect(ministrySelf(['按照《工业和信息化部关于培育团体标准的实施意见》要求，我部将组织开展示范项目。'])).toEqual(['工业和信息化部']);
	});

	test('returns nothing when the text names two ministries', () => {
		expect(ministrySelf(['按照《财政部关于甲的通知》和《商务部关于乙的通知》，我部将开展工作。'])).toEqual([]);
	});

	test('returns nothing without 我部', () => {
		expect(ministrySelf(['按照《工业和信息化部关于甲的通知》要求开展工作。'])).toEqual([]);
	});
});
