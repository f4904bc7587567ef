/**
 * The seed notices against their hand-made gold records (test/fixtures/gold/, copied from
 * ../shared/gold; the submission route, materials and deadline parties added here by reading the
 * seed texts), field by field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseNoticeFile } from '../../src/ingest/index.ts';
import type { NoticeRecord } from '../../src/schemas/notice.ts';
import { factDiffs, listFieldDiffs, near, norm } from '../helpers/gold-match.ts';
import { taxonomy } from '../helpers/record-facts.ts';

const GOLD = join(import.meta.dirname, '../fixtures/gold');
const SOURCES = join(import.meta.dirname, '../../content/sources');

for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort()) {
	const name = file.replace(/\.json$/, '.txt');
	const gold: NoticeRecord[] = JSON.parse(readFileSync(join(GOLD, file), 'utf8')).notices;
	const got = parseNoticeFile(readFileSync(join(SOURCES, name)), name, { taxonomy }).map((n) => n.record);

	describe(name, () => {
		test('yields one record per gold notice, carried notices pointing at their carrier', () => {
			expect(got.length).toBe(gold.length);
			expect(got.map((r) => (r.embeddedIn === null ? null : 'carried'))).toEqual(gold.map((g) => (g.embeddedIn === null ? null : 'carried')));
			for (const r of got.slice(1)) expect(r.embeddedIn).toBe(got[0]!.id);
		});
		gold.forEach((g, i) => {
			describe(`notice ${i + 1}: ${g.title}`, () => {
				const r = () => got[i]!;
				test('has the gold header fields', () => {
					expect(near(norm(r().title), norm(g.title), 0.85)).toBe(true);
					expect(r().issuers.map(norm)).toEqual(g.issuers.map(norm));
					expect(r().docNumber).toBe(g.docNumber);
					expect(r().issuedOn).toBe(g.issuedOn);
					expect(r().year).toBe(g.year);
					expect(r().jurisdiction.level).toBe(g.jurisdiction.level);
					if (g.jurisdiction.level !== 'national') expect(r().jurisdiction.name).toBe(g.jurisdiction.name);
					expect(r().jurisdiction.parent).toBe(g.jurisdiction.parent);
					expect(r().period).toEqual(g.period);
				});
				test('matches every list field of the gold, with nothing extra', () => {
					const diffs = listFieldDiffs(g, r());
					const bad = Object.entries(diffs).filter(([, d]) => d.missing.length + d.extra.length > 0);
					expect(Object.fromEntries(bad)).toEqual({});
				});
				test('matches the gold route, materials and who each deadline binds, each with its sentence', () => {
					const diffs = factDiffs(g, r());
					const bad = Object.entries(diffs).filter(([, d]) => d.missing.length + d.extra.length > 0);
					expect(Object.fromEntries(bad)).toEqual({});
				});
			});
		});
	});
}
