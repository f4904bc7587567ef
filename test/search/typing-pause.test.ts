import { describe, expect, test } from 'vitest';
import { COMMIT_PAUSE_MS, isCommittedWord, KEYSTROKE_PAUSE_MS, typingPause } from '../../src/search/show/typing-pause.ts';

const typed = (data: string | null, inputType = 'insertText', isComposing = false) => ({ data, inputType, isComposing });

describe('typingPause', () => {
	test('a committed Chinese word or a pasted text is searched after the short pause', () => {
		expect(typingPause(typed('标准化'))).toBe(COMMIT_PAUSE_MS);
		expect(typingPause(typed('标'))).toBe(COMMIT_PAUSE_MS);
		expect(typingPause(typed('2029'))).toBe(COMMIT_PAUSE_MS);
		expect(typingPause(typed(null, 'insertFromPaste'))).toBe(COMMIT_PAUSE_MS);
		// Firefox's input event after compositionend carries the committed text, no longer composing.
		expect(typingPause(typed('申报', 'insertCompositionText'))).toBe(COMMIT_PAUSE_MS);
		expect(COMMIT_PAUSE_MS).toBeLessThan(KEYSTROKE_PAUSE_MS);
	});

	test('one typed letter, digit or space, or a deletion, waits for typing to stop', () => {
		for (const input of [typed('h'), typed('7'), typed(' '), typed(null, 'deleteContentBackward'), typed('', 'insertText')])
			expect(typingPause(input)).toBe(KEYSTROKE_PAUSE_MS);
	});

	test('text an input method is still composing is not searched', () => {
		expect(typingPause(typed('biao', 'insertCompositionText', true))).toBeNull();
		expect(typingPause(typed('标', 'insertCompositionText', true))).toBeNull();
	});

	test('only a committed word is prefetched', () => {
		expect(isCommittedWord(typed('申报条件'))).toBe(true);
		expect(isCommittedWord(typed('s'))).toBe(false);
		expect(isCommittedWord(typed('shen', 'insertCompositionText', true))).toBe(false);
	});
});
