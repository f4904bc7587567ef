/**
 * A string that remembers where each of its code units came from in the decoded source, so a fact
 * found in normalized text can point back at its place in the file (and `file.message` positions
 * match what an editor shows for the raw source).
 */

/** Text plus, for each UTF-16 code unit, the offset of the decoded-source unit it came from. */
export interface MappedText {
	/** The text after the rules applied so far. */
	text: string;
	/** Source offset of `text[i]` at `i`; length `text.length + 1`, ending with the source length. */
	sources: Int32Array;
}

/** Computes the replacement for one regex match; returning the match unchanged keeps its map. */
export type Replacer = (match: RegExpExecArray) => string;

/**
 * Wraps decoded source text with the identity map.
 * @param source The decoded source text.
 * @returns A MappedText whose every offset maps to itself.
 * @example
 * createMappedText('ab').sources // Int32Array [0, 1, 2]
 */
export function createMappedText(source: string): MappedText {
	const sources = new Int32Array(source.length + 1);
	for (let index = 0; index <= source.length; index++) sources[index] = index;
	return { text: source, sources };
}

/**
 * Replaces every match of a global regex, like `String#replace`, and keeps the map: unchanged text
 * keeps its offsets; in a replacement, the prefix and suffix it shares with the match keep theirs,
 * a changed middle of the same length maps character for character, and any other middle maps to
 * the start of what it replaced. Linear in text and matches.
 * @param mapped The text to change.
 * @param pattern A regex with the `g` flag.
 * @param replacer Computes each replacement.
 * @returns The changed text, or `mapped` itself when nothing changed.
 * @example
 * replaceMapped(createMappedText('2026 年'), / (?=年)/g, () => '')
 * // { text: '2026年', sources: Int32Array [0, 1, 2, 3, 5, 6] }
 */
export function replaceMapped(mapped: MappedText, pattern: RegExp, replacer: Replacer): MappedText {
	if (!pattern.global) {
		throw new TypeError(`Cannot replaceMapped with \`${String(pattern)}\`, expected a g flag`);
	}
	const { text } = mapped;
	const parts: string[] = [];
	let sources: Int32Array = new Int32Array(text.length + 1);
	let read = 0;
	let write = 0;
	// matchAll works on a copy of the regex, so shared module-level patterns keep lastIndex 0.
	for (const match of text.matchAll(pattern)) {
		const replacement = replacer(match);
		if (replacement === match[0]) continue;
		const start = match.index;
		const end = start + match[0].length;
		const needed = write + (start - read) + replacement.length + (text.length - end) + 1;
		if (needed > sources.length) sources = grow(sources, needed);
		sources.set(mapped.sources.subarray(read, start), write);
		write += start - read;
		mapReplacement(mapped.sources, start, match[0], replacement, sources, write);
		write += replacement.length;
		parts.push(text.slice(read, start), replacement);
		read = end;
	}
	if (parts.length === 0) return mapped;
	parts.push(text.slice(read));
	sources.set(mapped.sources.subarray(read), write);
	write += mapped.sources.length - read;
	return { text: parts.join(''), sources: sources.slice(0, write) };
}

/** Writes the sources of `replacement`, which replaced `match` at `start`, into `into` at `at`. */
function mapReplacement(
	from: Int32Array,
	start: number,
	match: string,
	replacement: string,
	into: Int32Array,
	at: number,
): void {
	const shortest = Math.min(match.length, replacement.length);
	let prefix = 0;
	while (prefix < shortest && match[prefix] === replacement[prefix]) prefix++;
	let suffix = 0;
	while (
		suffix < shortest - prefix &&
		match[match.length - 1 - suffix] === replacement[replacement.length - 1 - suffix]
	) {
		suffix++;
	}
	const middleEnd = at + replacement.length - suffix;
	const matchEnd = start + match.length;
	into.set(from.subarray(start, start + prefix), at);
	if (match.length === replacement.length) {
		into.set(from.subarray(start + prefix, matchEnd - suffix), at + prefix);
	} else {
		into.fill(from[start + prefix] ?? 0, at + prefix, middleEnd);
	}
	into.set(from.subarray(matchEnd - suffix, matchEnd), middleEnd);
}

/** Copies `array` into one of at least `length` entries; doubling keeps appends linear. */
function grow(array: Int32Array, length: number): Int32Array {
	const grown = new Int32Array(Math.max(length, array.length * 2));
	grown.set(array);
	return grown;
}
