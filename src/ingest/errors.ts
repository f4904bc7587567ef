/**
 * Errors the ingest stages throw when a source cannot be used at all. Doubtful content inside a
 * usable source is a `file.message(...)` instead (see STYLE.md); this is only for refusals.
 */

/**
 * A source file refused by ingest, with the file and a short English reason.
 * @example
 * new IngestError('a.txt', 'empty file').message // 'a.txt: empty file'
 */
export class IngestError extends Error {
	/** The source file as the caller named it (a path or an id). */
	file: string;
	/** Why it was refused: short, lowercase, English (`empty file`). */
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
