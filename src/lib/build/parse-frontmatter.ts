/**
 * A notice file's frontmatter as data. Ingest writes one `key: <JSON>` line per field
 * (src/ingest/serialize/record-to-frontmatter.ts), and JSON is YAML, so such lines are read with
 * JSON.parse: the yaml package took 3.9 s of a 17 s content sync at 1,249 notices (issue 16).
 * Anything else (a comment, a plain YAML value, a key twice) is read by the yaml package, with its
 * errors. One difference: an object inside a value with a key twice keeps the last, as JSON.parse
 * does, where YAML refuses it; JSON.stringify never writes one.
 */
import { parse } from 'yaml';

/** `key: value`, the key a word YAML reads as a string (not `true`, `null`, a number). */
const LINE = /^([a-z][A-Za-z0-9]*): (.+)$/u;
const NOT_STRINGS = new Set(['true', 'false', 'null']);

/** The lines as a mapping if each is `key: <JSON>` with a new key; otherwise undefined. */
function parseJsonLines(text: string): Record<string, unknown> | undefined {
	const data: Record<string, unknown> = {};
	for (const line of text.split('\n')) {
		const match = LINE.exec(line.endsWith('\r') ? line.slice(0, -1) : line);
		const key = match?.[1];
		if (key === undefined || NOT_STRINGS.has(key) || Object.hasOwn(data, key)) return undefined;
		try {
			data[key] = JSON.parse(match?.[2] ?? '');
		} catch {
			return undefined;
		}
	}
	return data;
}

/**
 * Parses the text between the `---` lines; throws the yaml package's error when it is not YAML.
 * @param text The frontmatter without its `---` lines.
 * @example parseFrontmatter('id: "a"\nyear: 2026') // { id: 'a', year: 2026 }
 */
export function parseFrontmatter(text: string): unknown {
	return parseJsonLines(text) ?? parse(text);
}
