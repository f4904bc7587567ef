import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { unpack } from '../../src/integrations/unpack.ts';
import { packBytes, type PackFile } from '../../src/lib/build/file-pack.ts';

let out: string;
let record: string;

beforeEach(() => {
	const dir = mkdtempSync(join(tmpdir(), 'unpack-'));
	out = join(dir, 'dist');
	record = join(dir, 'cache', 'unpacked.json');
});
afterEach(() => rmSync(join(out, '..'), { recursive: true, force: true }));

function pack(name: string, files: PackFile[]): string {
	const path = join(out, 'notice-files', name);
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, packBytes(files));
	return path;
}

const read = (path: string) => readFileSync(join(out, path), 'utf8');

describe('unpack', () => {
	test('writes every file of every pack and removes the packs', () => {
		const packs = [pack('00.pack', [{ path: 'data/notices/a.json', content: '{"id":"a"}' }]), pack('01.pack', [{ path: 'calendars/b.ics', content: 'BEGIN:VCALENDAR' }])];
		const result = unpack(out, packs, record);
		expect(result.written).toBe(2);
		expect(result.files.sort()).toEqual([join(out, 'calendars/b.ics'), join(out, 'data/notices/a.json')]);
		expect(read('data/notices/a.json')).toBe('{"id":"a"}');
		expect(read('calendars/b.ics')).toBe('BEGIN:VCALENDAR');
		expect(packs.some((path) => existsSync(path))).toBe(false);
	});

	test('a pack byte for byte the last build’s writes only its missing files; a changed pack writes all', () => {
		unpack(out, [pack('00.pack', [{ path: 'a.json', content: '1' }, { path: 'b.json', content: '2' }])], record);
		// A person (or a test) changes b.json in place, and removes a.json: only a.json is written again.
		writeFileSync(join(out, 'b.json'), 'edited');
		rmSync(join(out, 'a.json'));
		const same = unpack(out, [pack('00.pack', [{ path: 'a.json', content: '1' }, { path: 'b.json', content: '2' }])], record);
		expect(same).toEqual({ files: [join(out, 'a.json'), join(out, 'b.json')], written: 1 });
		expect(read('a.json')).toBe('1');
		expect(read('b.json')).toBe('edited');
		const changed = unpack(out, [pack('00.pack', [{ path: 'a.json', content: '1' }, { path: 'b.json', content: '3' }])], record);
		expect(changed.written).toBe(2);
		expect(read('b.json')).toBe('3');
	});

	test('without a record (no cache folder) every file is written', () => {
		unpack(out, [pack('00.pack', [{ path: 'a.json', content: '1' }])], undefined);
		writeFileSync(join(out, 'a.json'), 'edited');
		expect(unpack(out, [pack('00.pack', [{ path: 'a.json', content: '1' }])], undefined).written).toBe(1);
		expect(read('a.json')).toBe('1');
	});

	test('a damaged pack stops with its name', () => {
		const path = join(out, 'notice-files', '03.pack');
		mkdirSync(join(path, '..'), { recursive: true });
		writeFileSync(path, '[["a.json",5]]\n12');
		expect(() => unpack(out, [path], record)).toThrow(/^notice-files\/03\.pack: .*corrupt pack/u);
	});
});
