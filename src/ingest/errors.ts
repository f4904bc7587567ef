/**
 * Errors the ingest stages throw when a source cannot be used at all. Doubtful content inside a
 * usable source is a `file.message(...)` instead (see STYLE.md); this is only for refusals.
 */

/**
 * A source file refused by ingest, with the file and a short reason.
 * @example
 * new IngestError('a.txt', 'empty file').message // 'a.txt: empty file'
 */
export class IngestError extends Error {
	/** The source file as the caller named it (a path or an id). */
	file: string;
	/** Why it was refused: Chinese for the staff, then English (see `bilingual`). */
	reason: string;

	/**
	 * @param file The source file as the caller named it.
	 * @param reason Why it was refused.
	 */
	constructor(file: string, reason: string) {
		super(`${file}: ${reason}`);
		// Assigned here, not as parameter properties: Node's type stripping only erases syntax.
		this.name = 'IngestError';
		this.file = file;
		this.reason = reason;
	}
}

/**
 * A refusal reason as the staff read it: Chinese first, then the same in English, each saying
 * what is wrong and what to do. One line, so the CLI's one-line refusal holds both.
 * @param zh The reason in Chinese.
 * @param en The reason in English.
 * @example
 * bilingual('空文件：请提供通知原文', 'empty file: supply the notice text')
 * // '空文件：请提供通知原文 / empty file: supply the notice text'
 */
export function bilingual(zh: string, en: string): string {
	return `${zh} / ${en}`;
}
