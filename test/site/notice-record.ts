/**
 * A minimal valid record for tests, checked by NoticeSchema so it cannot drift from the contract.
 */
import { NoticeSchema, type NoticeRecord } from '../../src/schemas/notice.ts';
import { withCanonical, withKind } from '../helpers/record-facts.ts';

type Domain = NoticeRecord['domains'][number];
type Attachment = NoticeRecord['attachments'][number];

/**
 * Overrides as tests write them: a place's parent, a deadline's kind, a domain's canonical id and
 * an attachment's kind may be left out (the last two are filled as ingest fills them).
 */
export type NoticeRecordInput = Omit<Partial<NoticeRecord>, 'jurisdiction' | 'deadlines' | 'domains' | 'attachments'> & {
	domains?: (Omit<Domain, 'canonical'> & { canonical?: Domain['canonical'] })[];
	attachments?: (Omit<Attachment, 'kind'> & { kind?: Attachment['kind'] })[];
	jurisdiction?: Omit<NoticeRecord['jurisdiction'], 'parent'> & { parent?: string | null };
	deadlines?: (Omit<NoticeRecord['deadlines'][number], 'kind'> & { kind?: NoticeRecord['deadlines'][number]['kind'] })[];
};

/**
 * Build a record (a deadline's kind defaults to `submit`, a place's parent to null) from a few overrides.
 * @example noticeRecord({ id: 'a', year: 2025 })
 */
export function noticeRecord(overrides: NoticeRecordInput & { id: string }): NoticeRecord {
	const { jurisdiction, deadlines, domains, attachments, ...rest } = overrides;
	return NoticeSchema.parse({
		title: `${overrides.id}的通知`,
		issuers: ['某市场监督管理局'],
		docNumber: null,
		issuedOn: null,
		year: 2026,
		jurisdiction: { level: 'provincial', name: '辽宁省', parent: null },
		programmes: [],
		embeddedIn: null,
		domains: [],
		conditions: [],
		quotas: [],
		deadlines: [],
		contacts: [],
		attachments: [],
		period: null,
		source: { file: `${overrides.id}.txt`, sha256: '0'.repeat(64) },
		...rest,
		...(jurisdiction ? { jurisdiction: { parent: null, ...jurisdiction } } : {}),
		...(deadlines ? { deadlines: deadlines.map((d) => ({ kind: 'submit', ...d })) } : {}),
		...(domains ? { domains: domains.map(withCanonical) } : {}),
		...(attachments ? { attachments: attachments.map(withKind) } : {}),
	});
}
