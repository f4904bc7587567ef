/**
 * The read stage's time limit: a reader that has not finished within the limit is refused, so
 * one damaged file cannot hang a run. The reader is not stopped (pdf.js cannot be), which is why
 * the command lines exit at once after a refusal.
 */
import { bilingual, IngestError } from '../errors.ts';

/**
 * A read that fails with a one-line refusal once `ms` milliseconds have passed.
 * @param work The reader's promise.
 * @param file The file being read, for the refusal.
 * @param ms The limit (MAX_READ_MS unless a caller sets another).
 * @throws {IngestError} `读取超时（超过 30 秒）：文件可能已损坏 / reading took over 30 s: the file may be damaged`.
 * @example await inTime(readPdf(bytes, 'a.pdf'), 'a.pdf', 30_000) // the text, or the refusal after 30 s
 */
export function inTime<T>(work: Promise<T>, file: string, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const seconds = ms / 1000;
	const late = new Promise<never>((_, reject) => {
		const reason = bilingual(`读取超时（超过 ${seconds} 秒）：文件可能已损坏`, `reading took over ${seconds} s: the file may be damaged`);
		timer = setTimeout(() => reject(new IngestError(file, reason)), ms);
		// An unref'd timer: a finished run does not wait for it.
		timer.unref();
	});
	return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
