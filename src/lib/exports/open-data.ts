/**
 * The open data files (/data/notices.json, /data/notices/<id>.json): every record as the schema
 * emits it, in an order that never depends on the file system, written the same way every build.
 */
import { NOTICE_SCHEMA_VERSION, type NoticeRecord } from '../../schemas/notice.ts';

/** /data/notices.json: the record version, then every notice. */
export interface NoticesDocument {
	/** `NOTICE_SCHEMA_VERSION`: bumped when a field of the record changes meaning. */
	schemaVersion: number;
	/** Every record, sorted by id; each one valid against /data/notice.schema.json. */
	notices: NoticeRecord[];
}

/**
 * Every notice with the record version, sorted by id.
 * @param records All notices, in any order.
 * @example noticesDocument([b, a]) // { schemaVersion: 1, notices: [a, b] }
 */
export function noticesDocument(records: readonly NoticeRecord[]): NoticesDocument {
	const notices = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { schemaVersion: NOTICE_SCHEMA_VERSION, notices };
}

/**
 * JSON as the data files are written: two-space indents and a final newline, readable and
 * friendly to diffs.
 * @param value Any JSON value.
 * @example formatJson({ a: 1 }) // '{\n  "a": 1\n}\n'
 */
export function formatJson(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * A build-time response for a data file.
 * @param body The file's text.
 * @param type Its media type.
 */
export function dataResponse(body: string, type: string): Response {
	return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
