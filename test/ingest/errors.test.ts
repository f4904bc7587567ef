import { describe, expect, test } from 'vitest';
import { bilingual, IngestError } from '../../src/ingest/errors.ts';

describe('IngestError', () => {
	test('returns a message of file and reason', () => {
		const error = new IngestError('a.txt', 'empty file');
		expect(error.message).toEqual('a.txt: empty file');
	});

	test('keeps file and reason as fields', () => {
		const error = new IngestError('b.txt', 'not a text file (binary content)');
		expect([error.file, error.reason]).toEqual(['b.txt', 'not a text file (binary content)']);
	});

	test('is an Error named IngestError', () => {
		const error = new IngestError('c.txt', 'empty file');
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toEqual('IngestError');
	});
});

describe('bilingual', () => {
	test('returns the Chinese reason first, then the English one, on one line', () => {
		expect(bilingual('空文件', 'empty file')).toEqual('空文件 / empty file');
	});
});
