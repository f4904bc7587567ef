/**
 * The facts a notice is of little use without (issue 12, "say what could not be read"): its
 * title, who issued it, when applications are due and whom to ask. A record that lacks one is
 * still written and shown; ingest warns, the notice page says 原文中未找到, and /review/ lists it
 * so a person can supply the fact in content/overrides/<id>.yaml. Ingest and the site share this
 * one rule, so the warning and the page never disagree. It imports nothing from `astro:*`.
 */
import type { NoticeRecord } from './notice.ts';

/** A key fact: `title`, `issuer` (发文机关), `submit` (申报截止日期), `contact` (联系人). */
export type KeyFact = 'title' | 'issuer' | 'submit' | 'contact';

/** Each key fact and whether a record has it, in the order messages list them. */
const HAS: readonly (readonly [KeyFact, (record: NoticeRecord) => boolean])[] = [
	['title', (record) => record.title !== null],
	['issuer', (record) => record.issuers.length > 0],
	['submit', (record) => record.deadlines.some((deadline) => deadline.kind === 'submit')],
	['contact', (record) => record.contacts.length > 0],
];

/**
 * The key facts a record lacks, in a fixed order (title, issuer, submit, contact).
 * @param record A notice record.
 * @example missingKeyFacts({ …, title: null, contacts: [] }) // ['title', 'contact']
 */
export function missingKeyFacts(record: NoticeRecord): KeyFact[] {
	return HAS.filter(([, has]) => !has(record)).map(([fact]) => fact);
}

