/**
 * Rule: remove the spaces PDF extraction puts inside words, and the indentation and trailing
 * blanks of every line. A single space between Han characters, or between Han or full-width
 * punctuation and a digit or Latin letter, is a layout artefact (`试点 项目`, `2026 年 4 月`,
 * `地 址：`, `金融机构 ESG 评价`). Runs of two or more spaces separate fields (`连洁  联系电话`)
 * and stay.
 * Newlines are never touched, so line numbers still match the source.
 */
import { characterKind, characterKindBefore, type CharacterKind } from './character-kind.ts';
import { replaceMapped, type MappedText } from './mapped-text.ts';

// Whitespace inside a line: tab, VT, FF (pdftotext's page break), space, NBSP, the Unicode spaces
// U+1680, U+2000–U+200A, U+202F, U+205F and the ideographic space U+3000. Not \n, and not the
// zero-width characters, which zero-width removed before. Each run is one match, so no position
// is tried twice and the pass stays linear however long the run.
const SPACE_RUN = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

// A phone number right after the space: area code and number, or seven or more digits. The space
// in `王淑敏 010-58811620` separates a name from its number, so it stays (dates such as 2026 or
// 2023-08-15 do not look like this).
const PHONE_AFTER = /^(?:\d{3,4}-\d{5}|\d{7})/;
const PHONE_BEFORE = /\d{7}$/;

/**
 * Trims every line and removes single in-word spaces next to Han characters or full-width
 * punctuation, keeping the space between a name and a phone number.
 * @param mapped Text with its map.
 * @returns The text without PDF spaces.
 * @example
 * pdfSpaces(createMappedText('  2026 年 4 月 14 日 ')).text // '2026年4月14日'
 */
export function pdfSpaces(mapped: MappedText): MappedText {
	return replaceMapped(mapped, SPACE_RUN, (match) => {
		const { index, input } = match;
		const [run] = match;
		const end = index + run.length;
		const atLineEdge = index === 0 || input[index - 1] === '\n' || end === input.length;
		if (atLineEdge || input[end] === '\n') return '';
		return run.length === 1 && isInWordSpace(input, index, end) ? '' : run;
	});
}

/** Whether the single space at `[index, end)` sits inside a Chinese word, date or label. */
function isInWordSpace(text: string, index: number, end: number): boolean {
	const before = characterKindBefore(text, index);
	const after = characterKind(text, end);
	if (!isWordPart(before) || !isWordPart(after)) return false;
	if (!isChinese(before) && !isChinese(after)) return false;
	if (before === 'han' && after === 'digit') return !PHONE_AFTER.test(text.slice(end, end + 10));
	if (before === 'digit' && after === 'han') {
		return !PHONE_BEFORE.test(text.slice(Math.max(0, index - 7), index));
	}
	return true;
}

function isWordPart(kind: CharacterKind): boolean {
	return kind === 'han' || kind === 'punctuation' || kind === 'digit' || kind === 'latin';
}

function isChinese(kind: CharacterKind): boolean {
	return kind === 'han' || kind === 'punctuation';
}
