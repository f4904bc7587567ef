import { describe, expect, test } from 'vitest';
import { createMappedText } from '../../../src/ingest/normalize/mapped-text.ts';
import { tableBorders } from '../../../src/ingest/normalize/table-borders.ts';

const apply = (text: string) => tableBorders(createMappedText(text)).text;

describe('tableBorders', () => {
	test('returns a title without the bar after it', () => {
		expect(apply('关于申报试点项目的通知 |')).toEqual('关于申报试点项目的通知');
	});

	test('returns a line of bars as an empty line, keeping the line count', () => {
		expect(apply('甲\n||||\n|\n乙')).toEqual('甲\n\n\n乙');
	});

	test('returns full-width bars at a line start removed', () => {
		expect(apply('｜ 各有关单位：')).toEqual('各有关单位：');
	});

	test('returns a bar inside a line unchanged', () => {
		expect(apply('甲|乙')).toEqual('甲|乙');
	});

	test('returns the kept text with its source offsets', () => {
		expect([...tableBorders(createMappedText('| 甲')).sources]).toEqual([2, 3]);
	});
});
