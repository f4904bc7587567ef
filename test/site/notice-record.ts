/**
 * A minimal valid record for tests, checked by NoticeSchema so it cannot drift from the contract.
 */
import { NoticeSchema, type NoticeRecord } from '../../src/schemas/notice.ts';
import { withCanonical, withKind } from '../helpers/record-facts.ts';

type Deadline = NoticeRecord['deadlines'][number];
type Domain = NoticeRecord['domains'][number];
type Attachment = NoticeRecord['attachments'][number];

/**
 * Overrides as tests write them: a place's parent, a deadline's kind and party, a domain's canonical id and
 * an attachment's kind may be left out (the last two are filled as ingest fills them).
 */
export type NoticeRecordInput = Omit<Partial<NoticeRecord>, 'jurisdiction' | 'deadlines' | 'domains' | 'attachments'> & {
	domains?: (Omit<Domain, 'canonical'> & { canonical?: Domain['canonical'] })[];
	attachments?: (Omit<Attachment, 'kind'> & { kind?: Attachment['kind'] })[];
	jurisdiction?: Omit<NoticeRecord['jurisdiction'], 'parent'> & { parent?: string | null };
	deadlines?: (Omit<Deadline, 'kind' | 'party'> & Partial<Pick<Deadline, 'kind' | 'party'>>)[];
};

/** What a notice that names no route and no materials has. */
export const NO_SUBMISSION: NoticeRecord['submission'] = { systems: [], emails: [], paper: null, electronic: null, via: null };

/**
 * Build a record (a deadline's kind defaults to `submit`, its party and a place's parent to null,
 * the submission route and materials to none) from a few overrides.
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
		submission: NO_SUBMISSION,
		materials: [],
		period: null,
		source: { file: `${overrides.id}.txt`, sha256: '0'.repeat(64) },
		...rest,
		...(jurisdiction ? { jurisdiction: { parent: null, ...jurisdiction } } : {}),
		...(deadlines ? { deadlines: deadlines.map((d) => ({ kind: 'submit', party: null, ...d })) } : {}),
		...(domains ? { domains: domains.map(withCanonical) } : {}),
		...(attachments ? { attachments: attachments.map(withKind) } : {}),
	});
}
