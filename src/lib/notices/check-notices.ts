/**
 * Checks across records that one record's schema cannot make: ids unique, links resolvable.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';

/**
 * Throw unless every id is unique and every `embeddedIn` names another existing notice, so a
 * broken link fails the build instead of shipping a 404.
 * @param notices All records, with the file each came from for the message.
 */
export function checkNotices(notices: readonly { record: NoticeRecord; file: string }[]): void {
	const files = new Map<string, string>();
	for (const { record, file } of notices) {
		const other = files.get(record.id);
		if (other !== undefined) {
			throw new Error(
				`Cannot use id \`${record.id}\` in ${file}, expected an id not used by ${other}`,
			);
		}
		files.set(record.id, file);
	}
	for (const { record, file } of notices) {
		const carrier = record.embeddedIn;
		if (carrier !== null && (carrier === record.id || !files.has(carrier))) {
			throw new Error(
				`Cannot link \`embeddedIn: ${carrier}\` in ${file}, expected the id of another notice`,
			);
		}
	}
}
