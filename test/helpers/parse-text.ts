/** Parses a small literal notice; a title and salutation are added when the text has none. */
import { parseNoticeFile } from '../../src/ingest/index.ts';
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { taxonomy } from './record-facts.ts';

export function parseText(body: string, header = '某某省市场监督管理局关于开展2026年度标准化试点工作的通知\n各有关单位：\n'): NoticeRecord {
	// With the repository's taxonomy, as npm run ingest parses.
	return parseNoticeFile(Buffer.from(header + body), 'test.txt', { taxonomy })[0]!.record;
}
