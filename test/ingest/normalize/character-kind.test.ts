import { describe, expect, test } from 'vitest';
import {
	characterKind,
	characterKindBefore,
} from '../../../src/ingest/normalize/character-kind.ts';

describe('characterKind', () => {
	test('returns han for a CJK ideograph and for 〇', () => {
		expect([characterKind('试', 0), characterKind('〇', 0)]).toEqual(['han', 'han']);
	});

	test('returns han for an Extension B character', () => {
		expect(characterKind('𠀀', 0)).toEqual('han');
	});

	test('returns punctuation for full-width marks, brackets and curly quotes', () => {
		const marks = [...'，。、；：？！（）《》【】〔〕「」“”．'];
		expect(marks.map((mark) => characterKind(mark, 0))).toEqual(marks.map(() => 'punctuation'));
	});

	test('returns other for ASCII look-alikes of full-width marks', () => {
		const marks = [...',.;:?!()'];
		expect(marks.map((mark) => characterKind(mark, 0))).toEqual(marks.map(() => 'other'));
	});

	test('returns other for an em dash, an ellipsis and a middle dot', () => {
		expect([...'—…·'].map((mark) => characterKind(mark, 0))).toEqual(['other', 'other', 'other']);
	});

	test('returns digit for ASCII digits and the percent sign', () => {
		expect([...'09%'].map((mark) => characterKind(mark, 0))).toEqual(['digit', 'digit', 'digit']);
	});

	test('returns other for a full-width digit', () => {
		expect(characterKind('５', 0)).toEqual('other');
	});

	test('returns latin for ASCII letters and other for full-width ones', () => {
		expect([characterKind('a', 0), characterKind('Z', 0), characterKind('Ａ', 0)]).toEqual([
			'latin',
			'latin',
			'other',
		]);
	});

	test('returns none past the end', () => {
		expect(characterKind('a', 1)).toEqual('none');
	});
});

describe('characterKindBefore', () => {
	test('returns the kind of the character before an offset', () => {
		expect(characterKindBefore('试a', 1)).toEqual('han');
	});

	test('returns han before an offset after an Extension B character', () => {
		expect(characterKindBefore('a𠀀', 3)).toEqual('han');
	});

	test('returns other for a lone low surrogate', () => {
		expect(characterKindBefore('\udc00', 1)).toEqual('other');
	});

	test('returns none at the start', () => {
		expect(characterKindBefore('a', 0)).toEqual('none');
	});
});
