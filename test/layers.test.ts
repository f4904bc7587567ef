/**
 * The layers of src/ point one way (issue 13, STYLE.md "One truth, one direction"):
 * text, i18n → schemas → format → ingest | compare | search → the site. A module imports only from
 * its own layer's folder and from lower layers; ingest, compare and search do not import each
 * other; nothing above ingest imports it, so facts come from the record and never from patterns
 * run over a notice's text outside ingest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');

/** Each layer: the top-level folders (or files) of src/ it holds, and the layers it may import. */
const LAYERS: Record<string, { roots: string[]; may: string[] }> = {
	text: { roots: ['text'], may: [] },
	i18n: { roots: ['i18n'], may: [] },
	schemas: { roots: ['schemas'], may: ['text'] },
	format: { roots: ['format'], may: ['text', 'i18n', 'schemas'] },
	ingest: { roots: ['ingest'], may: ['text', 'i18n', 'schemas', 'format'] },
	compare: { roots: ['compare'], may: ['text', 'i18n', 'schemas', 'format'] },
	search: { roots: ['search'], may: ['text', 'i18n', 'schemas', 'format'] },
	site: {
		roots: ['lib', 'components', 'layouts', 'pages', 'integrations', 'styles', 'content.config.ts'],
		may: ['text', 'i18n', 'schemas', 'format', 'compare', 'search'],
	},
};

// Static and dynamic imports, re-exports and side-effect imports of a relative path.
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"?]+)/gu;

function layerOf(file: string): string {
	const top = path.relative(SRC, file).split(path.sep)[0] ?? '';
	const layer = Object.entries(LAYERS).find(([, { roots }]) => roots.includes(top));
	if (layer === undefined) throw new Error(`src/${top} belongs to no layer: add it to LAYERS`);
	return layer[0];
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		// Declaration files (src/env.d.ts) import nothing.
		return /(?<!\.d)\.(?:ts|mts|mjs|astro)$/u.test(entry.name) ? [full] : [];
	});
}

/** Every import that crosses layers against the table, as `from -> to`. */
function violations(modules: { file: string; text: string }[]): string[] {
	const found: string[] = [];
	for (const { file, text } of modules) {
		const from = layerOf(file);
		for (const [, specifier] of text.matchAll(SPECIFIER)) {
			const target = path.resolve(path.dirname(file), specifier ?? '');
			if (!target.startsWith(SRC + path.sep)) continue;
			const to = layerOf(target);
			if (to !== from && !LAYERS[from]?.may.includes(to)) {
				found.push(`${path.relative(SRC, file)} -> ${path.relative(SRC, target)}`);
			}
		}
	}
	return found;
}

describe('layers', () => {
	test('every folder of src/ belongs to a layer', () => {
		const tops = readdirSync(SRC).filter((name) => name !== 'env.d.ts' && !name.endsWith('.md'));
		for (const top of tops) expect(() => layerOf(path.join(SRC, top, 'x.ts')), top).not.toThrow();
	});

	test('no import points up or sideways', () => {
		const modules = sourceFiles(SRC).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
		expect(violations(modules)).toEqual([]);
	});

	test('reports imports that point up or sideways, and passes those that point down', () => {
		const at = (file: string) => path.join(SRC, file);
		const modules = [
			{ file: at('lib/applicant/steps.ts'), text: "import { x } from '../../ingest/extract/deadlines.ts';" },
			{ file: at('compare/facets/x.ts'), text: "export * from '../../search/fold-text.ts';\nimport '../../lib/y.ts';" },
			{ file: at('schemas/x.ts'), text: "const m = import('../format/paths.ts');" },
			{ file: at('pages/a.astro'), text: "---\nimport { compareNotices } from '../compare/index.ts';\nimport { t } from '../i18n/t.ts';\n---" },
			{ file: at('ingest/x.ts'), text: "import { NoticeSchema } from '../schemas/notice.ts';\nimport z from 'zod';" },
		];
		expect(violations(modules)).toEqual([
			'lib/applicant/steps.ts -> ingest/extract/deadlines.ts',
			'compare/facets/x.ts -> search/fold-text.ts',
			'compare/facets/x.ts -> lib/y.ts',
			'schemas/x.ts -> format/paths.ts',
		]);
	});
});
