import { describe, expect, test } from 'vitest';
import { packBytes, readPack, shardOf, PACK_SHARDS } from '../../src/lib/build/file-pack.ts';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('packBytes and readPack', () => {
	test('a pack gives back its files in order, multi-byte text and empty files included', () => {
		const files = [
			{ path: 'data/notices/a.json', content: '{"title":"关于开展标准化试点的通知"}\n' },
			{ path: 'calendars/a.ics', content: '' },
			{ path: 'data/compare/b.json', content: '{"x":"——“引号”"}' },
		];
		const bytes = packBytes(files);
		expect(text(bytes).split('\n')[0]).toBe('[["data/notices/a.json",49],["calendars/a.ics",0],["data/compare/b.json",26]]');
		expect(readPack(bytes, 'p.pack').map((file) => ({ path: file.path, content: text(file.bytes) }))).toEqual(files);
	});

	test.each(['../etc/passwd', '/abs.json', 'data/../../x', 'data/./x', 'a\\b', ''])('refuses the path %j', (path) => {
		expect(() => packBytes([{ path, content: 'x' }])).toThrow(/unsafe pack path/u);
	});

	test('a damaged pack is refused with its name and the reason', () => {
		const bytes = packBytes([{ path: 'a.json', content: '{}' }]);
		expect(() => readPack(bytes.subarray(0, bytes.length - 1), 'notice-files/07.pack')).toThrow(/^notice-files\/07\.pack: .*corrupt pack \(-1 bytes beyond its files\)$/u);
		expect(() => readPack(Buffer.from('[["../x",1]]\nx'), 'p.pack')).toThrow(/unsafe path "\.\.\/x"/u);
		expect(() => readPack(Buffer.from('no header'), 'p.pack')).toThrow(/no header/u);
		expect(() => readPack(Buffer.from('{oops}\n'), 'p.pack')).toThrow(/header is not JSON/u);
	});
});

describe('shardOf', () => {
	test('two digits below PACK_SHARDS, the same for the same id, spread over the shards', () => {
		const ids = Array.from({ length: 2000 }, (_, i) => `place-${i}-2026-pilot-call`);
		const shards = ids.map(shardOf);
		expect(shards.every((shard) => /^\d\d$/u.test(shard) && Number(shard) < PACK_SHARDS)).toBe(true);
		expect(shardOf(ids[5]!)).toBe(shards[5]);
		expect(new Set(shards).size).toBe(PACK_SHARDS);
	});
});
