/**
 * Field-by-field comparison of a parsed record with a hand-made gold record, with the same
 * tolerance as ../shared/tools/score-extraction.mjs: exact for ids of things (dates, names,
 * numbers, phones), near for sentences (the gold and the parser may cut a clause differently).
 */
import type { NoticeRecord } from '../../src/schemas/notice.ts';

const FULL = '０１２３４５６７８９（）：，；';
const HALF = '0123456789():,;';
export const norm = (s: string | null | undefined): string =>
	String(s ?? '')
		.replace(/[０-９（）：，；]/g, (c) => HALF[FULL.indexOf(c)]!)
		.replace(/[\s\u3000]+/g, '')
		.replace(/[《》“”"'‘’「」【】[\]]/g, '')
		.replace(/[〔［]/g, '〔')
		.replace(/[〕］]/g, '〕')
		.toLowerCase();

const bigrams = (s: string) => {
	const out = new Map<string, number>();
	for (let i = 0; i < s.length - 1; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
	return out;
};
const dice = (a: string, b: string) => {
	if (a === b) return 1;
	const A = bigrams(a);
	const B = bigrams(b);
	let inter = 0;
	for (const [k, n] of A) inter += Math.min(n, B.get(k) ?? 0);
	return (2 * inter) / (Math.max(1, a.length - 1) + Math.max(1, b.length - 1));
};
/** Whether two texts say the same: equal, one inside the other, or similar enough. */
export const near = (a: string, b: string, t: number) =>
	a === b || (a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a))) || dice(a, b) >= t;

/** The items of `gold` that no item of `got` matches (one to one), and the unmatched `got`. */
export function unmatched<G, P>(gold: G[], got: P[], same: (g: G, p: P) => boolean): { missing: G[]; extra: P[] } {
	const used = new Set<number>();
	const missing = gold.filter((g) => {
		const j = got.findIndex((p, k) => !used.has(k) && same(g, p));
		if (j >= 0) used.add(j);
		return j < 0;
	});
	return { missing, extra: got.filter((_, k) => !used.has(k)) };
}

type GoldRecord = Omit<NoticeRecord, 'source'>;
const digits = (s: string) => s.replace(/\D/g, '');
const programmeKey = (s: string) => norm(s).replace(/(19|20)\d\d年?(度)?/g, '').replace(/^第[一二三四五六七八九十\d]+批/, '');
const domainKey = (s: string) => norm(s).replace(/(领域|方面|专项)$/g, '').replace(/领域/g, '');

const fieldsKey = (d: { name: string; canonical: string[]; others?: string[] | undefined }) =>
	`${domainKey(d.name)} ${d.canonical.join('+')} ${(d.others ?? []).join('+')}`;

/** For each list field, what the parser missed and what it added. */
export function listFieldDiffs(gold: GoldRecord, got: NoticeRecord) {
	return {
		domains: unmatched(gold.domains.map((d) => domainKey(d.name)), got.domains.map((d) => domainKey(d.name)), (a, b) => near(a, b, 0.8)),
		// A domain's taxonomy ids and the fields no entry matches, with its name so a right id on a
		// wrong domain does not count.
		canonical: unmatched(gold.domains.map(fieldsKey), got.domains.map(fieldsKey), (a, b) => a === b),
		focus: unmatched(gold.domains.flatMap((d) => d.focus.map(norm)), got.domains.flatMap((d) => d.focus.map(norm)), (a, b) => near(a, b, 0.8)),
		conditions: unmatched(gold.conditions.map((c) => norm(c.text)), got.conditions.map((c) => norm(c.text)), (a, b) => near(a, b, 0.6)),
		quotas: unmatched(gold.quotas, got.quotas, (a, b) => a.max === b.max && near(norm(a.text), norm(b.text), 0.4)),
		// A deadline counts when its date and its clause are right (two things due one day are two).
		deadlines: unmatched(gold.deadlines, got.deadlines, (a, b) => a.date === b.date && near(norm(a.text), norm(b.text), 0.4)),
		deadlineKinds: unmatched([...new Set(gold.deadlines.map((d) => `${d.date} ${d.kind}`))], [...new Set(got.deadlines.map((d) => `${d.date} ${d.kind}`))], (a, b) => a === b),
		programmes: unmatched(gold.programmes.map(programmeKey), got.programmes.map(programmeKey), (a, b) => near(a, b, 0.7)),
		contactNames: unmatched([...new Set(gold.contacts.map((c) => c.name).filter(Boolean))], [...new Set(got.contacts.map((c) => c.name).filter(Boolean))], (a, b) => a === b),
		phones: unmatched([...new Set(gold.contacts.flatMap((c) => c.phones.map(digits)))], [...new Set(got.contacts.flatMap((c) => c.phones.map(digits)))], (a, b) => a === b),
		emails: unmatched([...new Set(gold.contacts.flatMap((c) => c.emails))], [...new Set(got.contacts.flatMap((c) => c.emails))], (a, b) => a === b),
		addresses: unmatched([...new Set(gold.contacts.map((c) => norm(c.address)).filter(Boolean))], [...new Set(got.contacts.map((c) => norm(c.address)).filter(Boolean))], (a, b) => near(a, b, 0.8)),
		attachments: unmatched(gold.attachments.map((a) => `${a.no}:${norm(a.title)}`), got.attachments.map((a) => `${a.no}:${norm(a.title)}`), (a, b) => a === b),
		attachmentKinds: unmatched(gold.attachments.map((a) => `${a.no}:${a.kind}`), got.attachments.map((a) => `${a.no}:${a.kind}`), (a, b) => a === b),
	};
}

/** Whether two sentences say the same: both absent, or near (a clause may be cut differently). */
const sameText = (a: string | undefined, b: string | undefined) => (a === undefined) === (b === undefined) && near(norm(a), norm(b), 0.4);

/**
 * For the facts that say what to do (record `submission`, `materials`, `deadlines[].party`), what
 * the parser missed and what it added; each part must come with its sentence.
 */
export function factDiffs(gold: GoldRecord, got: NoticeRecord) {
	const g = gold.submission;
	const p = got.submission;
	const one = <T>(a: T | null, b: T | null, same: (a: T, b: T) => boolean) => unmatched(a === null ? [] : [a], b === null ? [] : [b], same);
	return {
		systems: unmatched(g.systems, p.systems, (a, b) => a.url === b.url && near(norm(a.name), norm(b.name), 0.8) && sameText(a.text, b.text)),
		mailboxes: unmatched(g.emails, p.emails, (a, b) => a.address === b.address && sameText(a.text, b.text)),
		paper: one(g.paper, p.paper, (a, b) => a.required === b.required && [...a.copies].sort().join() === [...b.copies].sort().join() && sameText(a.text, b.text)),
		electronic: one(g.electronic, p.electronic, (a, b) => sameText(a.text, b.text)),
		via: one(g.via, p.via, (a, b) => near(norm(a.body), norm(b.body), 0.8) && sameText(a.text, b.text)),
		materials: unmatched(gold.materials, got.materials, (a, b) => a.party === b.party && a.attachment === b.attachment && near(norm(a.name), norm(b.name), 0.7) && sameText(a.text, b.text)),
		deadlineParties: unmatched(gold.deadlines.map((d) => `${d.date} ${d.kind} ${d.party}`), got.deadlines.map((d) => `${d.date} ${d.kind} ${d.party}`), (a, b) => a === b),
	};
}
