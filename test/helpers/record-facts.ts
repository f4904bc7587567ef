/**
 * The facts ingest derives from a record's own fields, filled into test literals the way ingest
 * fills them: a domain's `canonical` from its name and the repository's taxonomy, an attachment's
 * `kind` from its title. Literals then say only what a notice says (`{ name: '高技术领域', focus: [] }`)
 * and cannot drift from what ingest would write.
 */
import { join } from 'node:path';
import { attachmentKind } from '../../src/ingest/extract/attachment-kind.ts';
import { canonicalDomains } from '../../src/ingest/extract/domain-canonical.ts';
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { readTaxonomy } from '../../scripts/lib/read-taxonomy.ts';

/** The repository's taxonomy (content/domains), read once. */
export const taxonomy = readTaxonomy(join(import.meta.dirname, '../../content/domains'));

type Domain = NoticeRecord['domains'][number];
type Attachment = NoticeRecord['attachments'][number];

/**
 * A domain with its `canonical` ids, matched as ingest matches them unless given.
 * @example withCanonical({ name: '高技术领域', focus: [] }).canonical // ['high-tech']
 */
export function withCanonical(domain: Omit<Domain, 'canonical'> & { canonical?: Domain['canonical'] }): Domain {
	return { ...domain, canonical: domain.canonical === undefined ? canonicalDomains(domain.name, taxonomy) : domain.canonical };
}

/**
 * An attachment with its `kind`, read from its title as ingest reads it unless given.
 * @example withKind({ no: 1, title: '国家标准化试点项目申报书' }).kind // '申报书'
 */
export function withKind(attachment: Omit<Attachment, 'kind'> & { kind?: Attachment['kind'] }): Attachment {
	return { ...attachment, kind: attachment.kind === undefined ? attachmentKind(attachment.title) || null : attachment.kind };
}

/**
 * A domain literal: `domain('高技术领域', ['人工智能'])`.
 * @param name The name as a notice writes it.
 * @param focus Its focus items.
 */
export function domain(name: string, focus: string[] = []): Domain {
	return withCanonical({ name, focus });
}
