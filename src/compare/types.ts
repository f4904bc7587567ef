/**
 * The types of a comparison between two notices: what goes in (a record and its text blocks) and
 * what comes out (facet changes, an aligned redline, counts, a Chinese summary). Every type here is
 * plain JSON, so a Web Worker can post a comparison to the page unchanged.
 *
 * Side `a` is the older or reference notice, side `b` the newer or local one; "added" means present
 * in `b` only.
 */
import type { DeadlineKind, NoticeRecord, Party } from '../schemas/notice.ts';
import type { NoticeBlock } from '../schemas/blocks.ts';
import type { EffectiveFacts } from './inherit/effective-facts.ts';

/**
 * One block of a notice's text, in reading order: a section heading or a paragraph, its outline
 * number, level, part and attachment as data (ingest's `<id>.blocks.json`).
 */
export type TextBlock = NoticeBlock;

/** What the comparison reads of one notice. */
export interface CompareDoc {
	record: NoticeRecord;
	blocks: TextBlock[];
	/**
	 * Its effective facts (`effectiveFacts`): its own plus those of the calls it forwards that it
	 * does not restate; absent for a notice compared on its own facts.
	 */
	facts?: EffectiveFacts;
}

/** The taxonomy (content/domains) as the comparison receives it; the type lives with its schema. */
export type { DomainEntry, DomainTaxonomy } from '../schemas/domain.ts';

/** How a fact changed from `a` to `b`. */
export type ChangeStatus = 'added' | 'removed' | 'kept' | 'changed';

/** What every facet change carries. */
interface FacetChangeBase<T> {
	status: ChangeStatus;
	/** The fact in `a` (null when added). */
	a: T | null;
	/** The fact in `b` (null when removed). */
	b: T | null;
	/**
	 * False when the change only rolls dates or years forward (2025年度 → 2026年度, a deadline one
	 * year later on the same day) or is no change at all; the "only substantive" view hides these.
	 */
	substantive: boolean;
	/**
	 * Set when the fact shown (`b`'s, else `a`'s) is carried from a call that side forwards
	 * (沿用上级通知): where that call states it.
	 */
	carried?: CarriedRef;
}

/** Where a carried fact is stated: the notice's id and the fact's index there (`#domain-6`). */
export interface CarriedRef {
	from: string;
	kind: 'domain' | 'condition' | 'programme' | 'period' | 'quota';
	index: number;
}

/** A domain (领域) matched through the taxonomy. */
export interface DomainChange extends FacetChangeBase<NoticeRecord['domains'][number]> {
	/**
	 * The taxonomy entries the row stands for: the fields both sides met on when paired, else the
	 * fields its one side names (two for 科技创新领域、制造业领域); empty when none is in the taxonomy.
	 */
	canonical: { id: string; name: string }[];
	/** Focus items by side; `kept` lists `b`'s wording. */
	focus: { added: string[]; removed: string[]; kept: string[] };
}

/** A cap (名额), matched by what it counts (its scope). */
export interface QuotaChange extends FacetChangeBase<NoticeRecord['quotas'][number]> {
	/** What the cap counts, in Chinese: `总数`, `同一领域`, `示范项目`. */
	scope: string;
}

/** A deadline (截止日期), matched by what is due (`kind`) and who must act (`party`). */
export interface DeadlineChange extends FacetChangeBase<NoticeRecord['deadlines'][number]> {
	/** `changed` deadlines are reported as moves: same kind, new date. */
	status: ChangeStatus;
	/** What is due, as ingest classed it (`b`'s when paired). */
	kind: DeadlineKind;
	/** Who the date binds, null when the clause does not say. */
	party: Party | null;
	/** The action, in Chinese, from the kind: `报送申报材料`, `提交年度报告`. */
	action: string;
	/** The deadline's name in a sentence: `申报截止日期`, `推荐截止日期`. */
	label: string;
	/** Days from `a`'s date to `b`'s (negative = earlier in the year), null unless both are dated. */
	days: number | null;
	/** Same month and day in a later year: a roll-over, not a substantive change. */
	dateOnly: boolean;
}

/** One word-level piece of a redline, as jsdiff returns it. */
export interface DiffPart {
	value: string;
	added?: boolean;
	removed?: boolean;
}

/** A requirement (申报条件) matched by similarity. */
export interface ConditionChange extends FacetChangeBase<NoticeRecord['conditions'][number]> {
	/** Similarity of the matched pair, 0–1 (1 for kept, 0 for added/removed). */
	similarity: number;
	/** The in-clause redline of a changed pair, null otherwise. */
	redline: DiffPart[] | null;
}

export type ContactChange = FacetChangeBase<NoticeRecord['contacts'][number]> & {
	/** Which fields differ on a changed contact: `phones`, `org`… */
	fields: string[];
};

export type AttachmentChange = FacetChangeBase<NoticeRecord['attachments'][number]> & {
	redline: DiffPart[] | null;
};

export type PeriodChange = FacetChangeBase<NonNullable<NoticeRecord['period']>>;

/** A programme (项目类别) the notices call for, paired by name, then by its core (国家级 = 国家). */
export type ProgrammeChange = FacetChangeBase<string>;

/** Every facet's changes, each list in `b`'s order with removed items where they stood in `a`. */
export interface FacetComparison {
	programmes: ProgrammeChange[];
	domains: DomainChange[];
	quotas: QuotaChange[];
	deadlines: DeadlineChange[];
	conditions: ConditionChange[];
	contacts: ContactChange[];
	attachments: AttachmentChange[];
	/** Null when neither notice states a period. */
	period: PeriodChange | null;
}

export type FacetName = keyof FacetComparison;

/** A sentence (or list item) on one side, or a pair of them, in the aligned text. */
export interface SentencePair {
	/**
	 * `equal`: same text; `changed`: similar enough to redline; `added` / `removed`: one side only;
	 * `moved`: same (or nearly same) text found in another section or far from its place.
	 */
	status: 'equal' | 'changed' | 'added' | 'removed' | 'moved';
	a: string | null;
	b: string | null;
	/** Word-level redline of a changed (or nearly-equal moved) pair, null otherwise. */
	parts: DiffPart[] | null;
	substantive: boolean;
	/** Pairs a `moved` sentence's removal with its insertion; same number on both. */
	moveId?: number;
}

/** A section on one side. `path` is its headings from the top: `["附件1", "一、申报主体"]`. */
export interface SectionRef {
	path: string[];
	heading: string | null;
}

/** Two aligned sections (or one on a side only) and their aligned sentences. */
export interface SectionPair {
	status: 'equal' | 'changed' | 'added' | 'removed' | 'moved';
	a: SectionRef | null;
	b: SectionRef | null;
	sentences: SentencePair[];
}

/** The aligned redline of two notices' texts. */
export interface TextRedline {
	sections: SectionPair[];
	/** True when a word diff hit its timeout and a pair fell back to a whole-sentence replacement. */
	fellBack: boolean;
}

/** Counts of changes per facet (kept items are not counted) and in the text. */
export type ChangeCounts = Record<FacetName | 'text', { all: number; substantive: number }>;

/** A notice as the comparison names it: the page's header shows its 文号, issuers and date. */
export interface NoticeRef {
	id: string;
	title: string | null;
	year: number;
	jurisdiction: NoticeRecord['jurisdiction'];
	/** 发文字号, null when the notice has none. */
	docNumber: string | null;
	/** 发文机关. */
	issuers: string[];
	/** 成文日期, null when the notice states none. */
	issuedOn: string | null;
}

/** The whole comparison of `a` against `b`. */
export interface NoticeComparison {
	a: NoticeRef;
	b: NoticeRef;
	facets: FacetComparison;
	text: TextRedline;
	counts: ChangeCounts;
	/** A short Chinese summary of the substantive changes: `截止日期由8月15日提前至6月30日；…`. */
	summary: string;
	/** The ids of the notices whose facts `b` carries down (沿用上级通知); empty when none. */
	carried: string[];
}

/** Options every diffing function accepts. */
export interface DiffOptions {
	/** Milliseconds one jsdiff call may take before it falls back (default 50). */
	timeout?: number;
}
