/**
 * Why a decoded text is not a notice, or null when it may be one. The staff read the reason on
 * one line: Chinese first, then English, saying what to do.
 */
import { bilingual } from './errors.ts';
import type { Line } from './segment/classify-line.ts';
import { hasCallShape } from './segment/call-shape.ts';

/** Han characters a notice has at the least: a title alone has more. */
const MIN_HAN = 20;

/** A line this long with no other line is a text whose line breaks were lost. */
const LOST_BREAKS_LENGTH = 1000;

/** Whether a text has at least `count` Han characters; stops counting there, not at the end. */
function hasHan(text: string, count: number): boolean {
	let han = 0;
	for (let i = 0; i < text.length && han < count; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0x4e00 && code <= 0x9fff) han++;
	}
	return han >= count;
}

/**
 * The refusal reason for a text that is not a notice, or null.
 * @param text The decoded text.
 * @param lines Its classified lines, from `segmentText`.
 * @example notNoticeReason('Dear colleagues', []) // '不是通知：文中没有中文… / not a notice: no Chinese text…'
 */
export function notNoticeReason(text: string, lines: Line[]): string | null {
	if (!hasHan(text, MIN_HAN)) {
		return bilingual('不是通知：文中没有中文，请确认文件是中文通知原文', 'not a notice: no Chinese text; check that the file is the Chinese notice');
	}
	if (hasCallShape(lines)) return null;
	const full = lines.filter((line) => line.text.trim() !== '');
	const only = full.length === 1 ? full[0]!.text.trim().length : 0;
	if (only >= LOST_BREAKS_LENGTH) {
		return bilingual(
			`不是通知：全文只有一行（${only} 字），换行可能丢失了，请换用保留换行的原文`,
			`not a notice: it is one line of ${only} characters: were its line breaks lost? supply the text with its line breaks`,
		);
	}
	return bilingual(
		'不是通知：中文文本里没有通知的标题、称呼（各有关单位：）或编号章节（一、（一）1.），请确认文件是通知原文',
		'not a notice: Chinese text with no title, salutation or numbered sections; check that the file is the notice text',
	);
}
