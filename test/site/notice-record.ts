/**
 * A minimal valid record for tests, checked by NoticeSchema so it cannot drift from the contract.
 */
import { NoticeSchema, type NoticeRecord } from '../../src/schemas/notice.ts';

/**
 * Build a record from a few overrides.
 * @example noticeRecord({ id: 'a', year: 2025 })
 */
export function noticeRecord(overrides: Partial<NoticeRecord> & { id: string }): NoticeRecord {
	return NoticeSchema.parse({
		title: `${overrides.id}的通知`,
		issuers: ['某市场监督管理局'],
		docNumber: null,
		issuedOn: null,
		year: 2026,
		jurisdiction: { level: 'provincial', name: '辽宁省' },
		embeddedIn: null,
		domains: [],
		conditions: [],
		quotas: [],
		deadlines: [],
		contacts: [],
		attachments: [],
		period: null,
		source: { file: `${overrides.id}.txt`, sha256: '0'.repeat(64) },
		...overrides,
	});
}
