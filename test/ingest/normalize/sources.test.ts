import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeText } from '../../../src/ingest/decode/index.ts';
import { normalizeText } from '../../../src/ingest/normalize/index.ts';

// The real notices, exactly as received (content/sources/ is never edited).
const SOURCES = new URL('../../../content/sources/', import.meta.url);
const files = readdirSync(SOURCES).filter((file) => file.endsWith('.txt'));

describe('normalizeText on content/sources', () => {
	test('finds the seed sources', () => {
		expect(files.length).toBeGreaterThanOrEqual(5);
	});

	for (const file of files) {
		const source = decodeText(readFileSync(new URL(file, SOURCES)), file);
		const mapped = normalizeText(source);

		test(`returns ${file} unchanged when normalized again`, () => {
			expect(normalizeText(mapped.text).text).toEqual(mapped.text);
		});

		test(`returns ${file} with as many lines as its source`, () => {
			expect(mapped.text.split('\n').length).toEqual(source.split('\n').length);
		});

		test(`returns ${file} with non-decreasing offsets within the source`, () => {
			const { sources } = mapped;
			expect(sources.length).toEqual(mapped.text.length + 1);
			expect(sources[0]).toBeGreaterThanOrEqual(0);
			expect(sources[sources.length - 1]).toEqual(source.length);
			const decreasing = sources.findIndex(
				(offset, index) => index > 0 && offset < (sources[index - 1] ?? 0),
			);
			expect(decreasing).toEqual(-1);
		});

		test(`returns ${file} with every kept character at its source offset`, () => {
			const moved = [...mapped.text].filter((character, index) => {
				return (
					/\p{Script=Han}/u.test(character) && source[mapped.sources[index] ?? -1] !== character
				);
			});
			expect(moved).toEqual([]);
		});
	}
});
