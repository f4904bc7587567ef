/**
 * /sources/<file>: each file of content/sources/ exactly as published (a PDF, a Word file, a saved
 * page or text), so a notice page can link the original its text was read from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

// Astro builds from the project's root, where content/ is.
const SOURCES = join(process.cwd(), 'content/sources');

export const getStaticPaths: GetStaticPaths = () =>
	readdirSync(SOURCES)
		.filter((file) => !file.startsWith('.'))
		.map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => new Response(readFileSync(join(SOURCES, params['file']!)));
