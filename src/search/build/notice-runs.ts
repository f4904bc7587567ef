/**
 * Notices cut into runs, the unit the literal index's scan is cached by (run-cache.ts). A run ends
 * after a notice whose text hashes to a multiple of `every` (once the run has `min` notices) or
 * at `max` notices: the cuts follow from the texts, not from notice numbers, so a notice added,
 * removed or edited changes the run it falls in (and at most the next), and every other run keeps
 * its texts and its hash.
 */
import { createHash } from 'node:crypto';

/** One run: notices `start` to `end` (exclusive) and a hash of their texts. */
export interface NoticeRun {
	start: number;
	end: number;
	/** sha256 of the run's texts, base64url. */
	hash: string;
}

/** Run sizes: at least `min` notices, then a cut with odds 1 in `every` after each, at most `max`. */
export interface RunSizes {
	min: number;
	every: number;
	max: number;
}

/** About 160 notices a run: 39 runs at 6,234 notices, and a changed run is 2 to 3 % of the corpus. */
export const RUN_SIZES: RunSizes = { min: 32, every: 128, max: 512 };

/**
 * Cut notices into runs.
 * @param texts Each notice's text, in notice-number order.
 * @param sizes Run sizes.
 * @example noticeRuns(['甲', '乙'], { min: 1, every: 1, max: 8 }).map((run) => [run.start, run.end]) // [[0, 1], [1, 2]]
 */
export function noticeRuns(texts: readonly string[], sizes: RunSizes = RUN_SIZES): NoticeRun[] {
	const runs: NoticeRun[] = [];
	let start = 0;
	let run = createHash('sha256');
	texts.forEach((text, i) => {
		// Each text's own hash, so that texts ['ab', 'c'] and ['a', 'bc'] make different runs; of its
		// UTF-16 units as they are (UTF-8 would make every lone surrogate U+FFFD, and is slower).
		const own = createHash('sha256').update(text, 'utf16le').digest();
		run.update(own);
		const length = i + 1 - start;
		if (length >= sizes.max || (length >= sizes.min && own.readUInt32BE(0) % sizes.every === 0) || i === texts.length - 1) {
			runs.push({ start, end: i + 1, hash: run.digest('base64url') });
			start = i + 1;
			run = createHash('sha256');
		}
	});
	return runs;
}
