/**
 * The one word diff the comparison uses: jsdiff's `diffWords` with a Chinese word segmenter, so
 * dates and numbers (2026年6月30日, 10个) stay whole tokens, under a timeout with a fallback.
 */
import { diffWords } from 'diff';
import type { DiffOptions, DiffPart } from './types.ts';

/** Default milliseconds one word diff may take before it falls back. */
export const DEFAULT_DIFF_TIMEOUT = 50;

// One segmenter for every call: building one costs more than most diffs. jsdiff's own word regex
// makes every CJK character a token (jsdiff src/diff/word.ts), hence the segmenter.
let segmenter: Intl.Segmenter | undefined;

// ICU splits 8月15日 into 8 / 月 / 15 / 日; a number with its unit, and a run of them (a date),
// reads better as one token: 于~~8月15日~~6月30日前.
const QUANTITY = /^[0-9０-９]+(?:[.．][0-9]+)?[年月日号个项家%％]?$/u;
const UNIT = /^(?:年度|[年月日号个项家])/u;

/** ICU's word segments with number-and-unit runs (dates, counts) joined into one. */
function* quantitySegments(text: string, words: Intl.Segmenter): Generator<{ segment: string }> {
	let run = '';
	for (const { segment } of words.segment(text)) {
		let rest = segment;
		if (QUANTITY.test(rest)) {
			run += rest;
			continue;
		}
		// ICU reads 日前 (days ago) as one word: the 日 closes the date, 前 stands alone.
		const unit = run === '' ? null : UNIT.exec(rest);
		if (unit !== null) {
			run += unit[0];
			rest = rest.slice(unit[0].length);
		}
		if (run !== '') yield { segment: run };
		run = '';
		if (rest !== '') yield { segment: rest };
	}
	if (run !== '') yield { segment: run };
}

// Past this many entries a memo starts over: it stays small in a long build or a worker.
const MEMO_LIMIT = 20_000;

// Each text's segments, by text (quantitySegmenter).
const segmented = new Map<string, { segment: string }[]>();

/** A memo of a pure function's results, emptied when it grows past MEMO_LIMIT. */
function remember<V>(memo: Map<string, V>, key: string, compute: () => V): V {
	let value = memo.get(key);
	if (value === undefined) {
		if (memo.size >= MEMO_LIMIT) memo.clear();
		value = compute();
		memo.set(key, value);
	}
	return value;
}

/**
 * Intl.Segmenter's shape as jsdiff uses it: `resolvedOptions().granularity` and `segment()`.
 * A text's segments are kept: the sentences of a corpus repeat (a call's wording in every notice
 * forwarding it), and jsdiff segments each again for every diff and for its whitespace checks
 * (2,723 distinct texts of 30,210 segmented over the comparison pages of 3,000 synthetic sources).
 */
function quantitySegmenter(): Intl.Segmenter {
	const words = new Intl.Segmenter('zh', { granularity: 'word' });
	const options = words.resolvedOptions();
	const wrapper = {
		resolvedOptions: () => options,
		segment: (text: string) => remember(segmented, text, () => [...quantitySegments(text, words)]),
	};
	return wrapper as unknown as Intl.Segmenter;
}

/** A word diff of two strings, and whether it gave up and replaced the whole string instead. */
export interface WordDiff {
	parts: DiffPart[];
	fellBack: boolean;
}

/**
 * Diff two sentences word by word; past the timeout, `a` removed and `b` added whole.
 * @param a The old text.
 * @param b The new text.
 * @param options `timeout` in milliseconds.
 * @example diffWordsZh('于8月15日前报送', '于6月30日前报送').parts
 * // [{ value: '于' }, { value: '8月15日', removed: true }, { value: '6月30日', added: true }, { value: '前报送' }]
 */
export function diffWordsZh(a: string, b: string, options: DiffOptions = {}): WordDiff {
	segmenter ??= quantitySegmenter();
	const timeout = options.timeout ?? DEFAULT_DIFF_TIMEOUT;
	// jsdiff checks its clock only after a step, so a timeout of 0 may still finish: treat it as
	// "do not diff" to keep the fallback reachable and testable.
	if (timeout <= 0) return { parts: replaceWhole(a, b), fellBack: true };
	// A finished diff does not depend on the timeout, so it is kept for the same two texts (a
	// call's sentence against a notice's recurs over many comparisons); a fallback is not kept.
	const key = `${a.length}:${a}${b}`;
	const known = diffs.get(key);
	if (known !== undefined) return { parts: known, fellBack: false };
	const changes = diffWords(a, b, { intlSegmenter: segmenter, timeout });
	if (changes === undefined) return { parts: replaceWhole(a, b), fellBack: true };
	return { parts: remember(diffs, key, () => changes.map(toPart)), fellBack: false };
}

// Finished diffs by `diffWordsZh`'s key; their parts are shared, read-only, by every caller.
const diffs = new Map<string, DiffPart[]>();

/** Drop the kept segmentations and diffs (see forgetTexts in ./index.ts). */
export function forgetWordDiffs(): void {
	segmented.clear();
	diffs.clear();
}

/**
 * The redline of replacing `a` by `b` outright, without looking inside.
 * @example replaceWhole('旧', '新') // [{ value: '旧', removed: true }, { value: '新', added: true }]
 */
export function replaceWhole(a: string, b: string): DiffPart[] {
	const parts: DiffPart[] = [];
	if (a !== '') parts.push({ value: a, removed: true });
	if (b !== '') parts.push({ value: b, added: true });
	return parts;
}

function toPart(change: { value: string; added: boolean; removed: boolean }): DiffPart {
	if (change.added) return { value: change.value, added: true };
	if (change.removed) return { value: change.value, removed: true };
	return { value: change.value };
}

// A year as calls write it when they roll forward: 2025, 2025年, 2025年度.
const YEAR_TOKEN = /^(?:19|20|21)\d{2}(?:年度?)?$/u;

/**
 * True when a redline changes nothing but years (2025年度 → 2026年度) and spacing: a roll-over,
 * not a substantive change.
 * @param parts A redline.
 * @example isRollover(diffWordsZh('2025年度试点', '2026年度试点').parts) // true
 */
export function isRollover(parts: readonly DiffPart[]): boolean {
	const changed = parts.filter((p) => p.added === true || p.removed === true);
	return changed.length > 0 && changed.every((p) => p.value.trim() === '' || YEAR_TOKEN.test(p.value.trim()));
}
