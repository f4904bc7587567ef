/**
 * Rule: remove what HTML-to-Markdown and Word converters leave behind: a list marker in front of a
 * line (`- 附件：`, `* （一）`), angle brackets around a link (`<http://sfq.sacinfo.org.cn/login>`)
 * and bold markers (`**申报条件**`). The segmenter reads the numbering, not these markers.
 */
import { replaceMapped, type MappedText } from './mapped-text.ts';

// One or more `-`/`*` markers, each followed by a space, after the line's indentation. The
// indentation is kept (pdf-spaces trims it) so that this rule only deletes.
const LIST_MARKER = /^([^\S\n]*)(?:[-*][ \t\u00a0\u3000]+)+/gm;

// A Markdown autolink: a URL or an e-mail address in angle brackets. Each alternative starts
// with a fixed character class run that stops at `<`, `>` or whitespace, so matching is linear.
const AUTOLINK = /<(?:(?:https?|ftp|mailto):[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/g;

const ANGLE_BRACKET = /[<>]/g;

// `**` never appears in a notice's own text (it writes ＊ or ※), so every run of two or more
// asterisks is a bold marker, paired or stray.
const BOLD_MARKER = /\*{2,}/g;

/**
 * Removes list markers at line starts, autolink angle brackets and bold markers.
 * @param mapped Text with its map.
 * @returns The text without the leftovers.
 * @example
 * leftoverMarkup(createMappedText('- 附件：<http://a.cn>')).text // '附件：http://a.cn'
 */
export function leftoverMarkup(mapped: MappedText): MappedText {
	// Bold markers first: `**- 附件` is a list marker only once its `**` is gone, and a second pass
	// must find nothing left to remove (normalization is idempotent).
	const withoutBold = replaceMapped(mapped, BOLD_MARKER, () => '');
	const withoutMarkers = replaceMapped(withoutBold, LIST_MARKER, (match) => match[1] ?? '');
	return removeAutolinkBrackets(withoutMarkers);
}

/** Deletes only the two brackets, so the link's characters keep their own source offsets. */
function removeAutolinkBrackets(mapped: MappedText): MappedText {
	const brackets = new Set<number>();
	for (const match of mapped.text.matchAll(AUTOLINK)) {
		brackets.add(match.index);
		brackets.add(match.index + match[0].length - 1);
	}
	if (brackets.size === 0) return mapped;
	return replaceMapped(mapped, ANGLE_BRACKET, (match) =>
		brackets.has(match.index) ? '' : match[0],
	);
}
