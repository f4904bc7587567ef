/**
 * The working records of the text comparison: one side's sections and their units, which the
 * alignment steps annotate in place before the redline is written out. Internal: the public shapes
 * are TextRedline and its parts in ../types.ts.
 */
import { bigrams, type Bigrams } from '../similarity.ts';

/** A sentence or numbered item of one side. */
export interface Unit {
	/** The text as the notice has it (trimmed). */
	text: string;
	/** What alignment compares: no spacing, no leading outline number. */
	key: string;
	/** Set once the unit is paired: its counterpart on the other side. */
	partner?: Unit;
	/** Set when the pairing is a move; both units carry the same number. */
	moveId?: number;
	/** Character bigrams of `key`, computed on first use only. */
	grams?: Bigrams;
}

/** A section of one side: a heading and the units up to the next heading. */
export interface Section {
	/** Headings from the top, this section's last; empty for the preamble. */
	path: string[];
	/** This section's heading; null for the preamble. */
	heading: string | null;
	/** This section's heading without its outline number (ingest's `text`); empty for the preamble. */
	words: string;
	/** What heading alignment compares: outline numbers stripped, years masked, an attachment's title added. */
	key: string;
	/** Set on an attachment's label heading (附件, 附件2): any two attachments may pair. */
	attachment: boolean;
	units: Unit[];
	/** Units of this section and of every section under it: an attachment's whole text. */
	subtree: Unit[];
	/** Bigrams of `key`, of the content and of the subtree, computed on first use only. */
	keyGrams?: Bigrams;
	contentGrams?: Bigrams;
	subtreeGrams?: Bigrams;
}

/**
 * A unit's bigrams, computed once.
 * @param unit A unit.
 */
export function unitGrams(unit: Unit): Bigrams {
	unit.grams ??= bigrams(unit.key);
	return unit.grams;
}
