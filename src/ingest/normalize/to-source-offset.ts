/**
 * Maps offsets of normalized text back to the decoded source, for anchors and messages.
 * `toLineColumn` then turns a source offset into what an editor shows.
 */
import type { MappedText } from './mapped-text.ts';

/**
 * Points at the source offset of a normalized offset. Passed a span's exclusive end, it returns
 * the source offset of the next kept character, past whatever normalization deleted in between
 * (`toSourceRange` stops right after the span's last character instead).
 * @param mapped Normalized text with its map.
 * @param offset An offset from 0 to `mapped.text.length`.
 * @returns The offset in the decoded source.
 * @example
 * toSourceOffset(normalizeText('2026 年'), 4) // 5, the offset of 年
 */
export function toSourceOffset(mapped: MappedText, offset: number): number {
	const source = mapped.sources[offset];
	if (source === undefined) {
		throw new RangeError(
			`Cannot map offset \`${offset}\`, expected an integer from 0 to ${mapped.text.length}`,
		);
	}
	return source;
}

/**
 * Maps a span `[start, end)` of normalized text to the source span it came from, ending right after
 * the source of its last character, so a deleted `>` or space after the span is not included.
 * Exact when every replacement is a deletion or same-length, as all normalize rules are.
 * @param mapped Normalized text with its map.
 * @param start The span's first offset.
 * @param end The span's exclusive end, from `start` to `mapped.text.length`.
 * @returns The source span.
 * @example
 * toSourceRange(normalizeText('<http://a.cn>'), 0, 11) // { start: 1, end: 12 }
 */
export function toSourceRange(
	mapped: MappedText,
	start: number,
	end: number,
): { start: number; end: number } {
	const sourceStart = toSourceOffset(mapped, start);
	if (end < start) {
		throw new RangeError(`Cannot map span \`${start}-${end}\`, expected end >= start`);
	}
	if (end === start) return { start: sourceStart, end: sourceStart };
	return {
		start: sourceStart,
		end: Math.min(toSourceOffset(mapped, end), toSourceOffset(mapped, end - 1) + 1),
	};
}
