/**
 * Page facts kept between builds: trusted while a page's file is unchanged, read again when its
 * bytes change, even with its size and modification time set back.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PageFacts } from '../../src/integrations/page-facts.ts';

const dir = mkdtempSync(join(tmpdir(), 'page-facts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha = (text: string) => createHash('sha256').update(text).digest('base64url');

describe('PageFacts', () => {
	const store = join(dir, 'facts.bin');
	const marked = join(dir, 'a.html');
	const plain = join(dir, 'b.html');
	writeFileSync(marked, '<main data-pagefind-body>甲</main>');
	writeFileSync(plain, '<main>乙</main>');

	test('reads every page the first time, none of the unchanged ones the next', () => {
		const first = new PageFacts(store);
		expect(first.of(marked)).toEqual({ hash: sha('<main data-pagefind-body>甲</main>'), marked: true, html: '<main data-pagefind-body>甲</main>' });
		expect(first.of(plain)).toMatchObject({ hash: sha('<main>乙</main>'), marked: false });
		expect(first.read).toBe(2);
		first.save();

		const second = new PageFacts(store);
		expect(second.of(marked)).toMatchObject({ hash: sha('<main data-pagefind-body>甲</main>'), marked: true });
		expect(second.of(marked).html).toBeUndefined();
		expect(second.of(plain).marked).toBe(false);
		expect(second.read).toBe(0);
		second.save();
	});

	test('reads a page again when its bytes change, even at the same size and modification time', () => {
		const { atime, mtime } = statSync(marked);
		writeFileSync(marked, '<main data-pagefind-body>丙</main>');
		utimesSync(marked, atime, mtime);
		expect(statSync(marked).size).toBe(Buffer.byteLength('<main data-pagefind-body>甲</main>'));
		const facts = new PageFacts(store);
		expect(facts.of(marked).hash).toBe(sha(readFileSync(marked, 'utf8')));
		expect(facts.read).toBe(1);
	});

	test('keeps only the pages asked for, and reads every page without a store or with a damaged one', () => {
		const facts = new PageFacts(store);
		facts.of(plain);
		facts.save();
		const next = new PageFacts(store);
		next.of(marked);
		expect(next.read).toBe(1);
		writeFileSync(store, 'not a store');
		const damaged = new PageFacts(store);
		damaged.of(plain);
		expect(damaged.read).toBe(1);
		const none = new PageFacts(undefined);
		none.of(plain);
		none.save();
		expect(none.read).toBe(1);
	});
});
