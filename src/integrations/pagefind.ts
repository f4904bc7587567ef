/**
 * Search index at astro:build:done: Pagefind (extended, checked) indexes the built notice pages
 * through its Node API, every response checked for errors; then the literal index and doc table
 * are built from the text Pagefind indexed (see src/search/README.md) and written beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';
import { buildLiteralIndex } from '../search/build/build-literal-index.ts';
import { docTableOf } from '../search/build/doc-table-of.ts';
import { checkExtended } from './check-extended.ts';
import { readFragments } from './read-fragments.ts';

// We search through Pagefind's JS API with our own elements; its bundled UIs are not shipped.
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./u;

function check<T extends { errors: string[] }>(step: string, response: T): T {
	if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
	return response;
}

function write(file: string, bytes: Uint8Array | string): void {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, bytes);
}

/**
 * The integration; astro.config.mjs lists it after mdx().
 * @example integrations: [mdx(), pagefind()]
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'pilot-notices:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				logger.info(checkExtended());
				try {
					const { index } = check('createIndex', await pagefindApi.createIndex({}));
					if (index === undefined) throw new Error('Pagefind createIndex returned no index');
					const added = check('addDirectory', await index.addDirectory({ path: out }));
					const { files } = check('getFiles', await index.getFiles());
					for (const file of files) if (!UNUSED.test(file.path)) write(join(out, 'pagefind', file.path), file.content);
					const pages = readFragments(files);
					const literal = buildLiteralIndex(pages.map((page) => page.content));
					const folder = join(out, 'search', 'literal');
					write(join(folder, 'manifest.json'), JSON.stringify(literal.manifest));
					write(join(folder, 'docs.json'), JSON.stringify(docTableOf(pages)));
					for (const [name, bytes] of literal.files) write(join(folder, name), bytes);
					logger.info(`Pagefind indexed ${pages.length} of ${added.page_count} pages; literal index: ${literal.files.size} shards`);
				} finally {
					await pagefindApi.close();
				}
			},
		},
	};
}
