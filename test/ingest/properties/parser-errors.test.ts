/**
 * Property: parseNoticeFile either returns records or throws an IngestError (a refusal naming the
 * file); it never throws anything else, whatever the bytes.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IngestError, parseNoticeFile } from '../../../src/ingest/index.ts';
import { noticeText, noticeWithBody } from './arbitraries.ts';

/** Runs the parser; returns `undefined` or the IngestError, and rethrows anything else. */
function outcome(bytes: Uint8Array): IngestError | undefined {
	try {
		parseNoticeFile(bytes, 'fuzz.txt');
		return undefined;
	} catch (error) {
		if (error instanceof IngestError) return error;
		throw error;
	}
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseNoticeFile', () => {
	test('throws only IngestError on arbitrary bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
				expect(outcome(bytes)?.file ?? 'fuzz.txt').toBe('fuzz.txt');
			}),
			{ numRuns: 500 },
		);
	});

	test('throws only IngestError on arbitrary Unicode strings', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
				outcome(utf8(text));
			}),
			{ numRuns: 500 },
		);
	});

	test('throws only IngestError on strings of significant characters', () => {
		fc.assert(
			fc.property(noticeText(120), (text) => {
				outcome(utf8(text));
			}),
			{ numRuns: 500 },
		);
	});

	test('returns records, never throws, for a notice with arbitrary body lines', () => {
		fc.assert(
			fc.property(noticeWithBody(), (text) => {
				const error = outcome(utf8(text));
				// The frame is a notice; only the body's control characters may make it binary.
				if (error) expect(error.reason).toMatch(/binary/);
			}),
			{ numRuns: 300 },
		);
	});
});
