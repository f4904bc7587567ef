/**
 * The files of content/sources/ the site serves at /sources/<file> (as published: PDF, Word, a
 * saved page or text). A notice page links its source only when it is one of them: a site built
 * from test fixtures has notices whose sources are not in content/sources/.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the sources are: Astro builds from the project's root, where content/ is. SOURCES_DIR, like
 * NOTICES_DIR (content.config.ts), lets a test build the site from a temporary content folder.
 */
export const SOURCES_DIR = process.env['SOURCES_DIR'] ?? join(process.cwd(), 'content/sources');

/** The served source files' names, sorted. */
export function sourceFiles(): string[] {
	return readdirSync(SOURCES_DIR).filter((file) => !file.startsWith('.')).sort();
}
