import { describe, expect, test } from 'vitest';
import { ByteReader } from '../../src/search/byte-reader.ts';

describe('ByteReader', () => {
	test('skips varints of one and several bytes, then reads what follows', () => {
		// 300 is 0xac 0x02, 5 is 0x05, 16384 is 0x80 0x80 0x01; then the string 标 (U+6807 = 0x87 0xd0 0x01).
		const reader = new ByteReader(Uint8Array.of(0xac, 0x02, 0x05, 0x80, 0x80, 0x01, 0x01, 0x87, 0xd0, 0x01));
		reader.skip(2);
		expect(reader.varint()).toBe(16384);
		expect(reader.string()).toBe('标');
		expect(reader.done).toBe(true);
	});

	test('refuses to skip past the end', () => {
		expect(() => new ByteReader(Uint8Array.of(0x05, 0x80)).skip(2)).toThrow(/past the end/u);
	});
});
