/**
 * /sources/<file>: each file of content/sources/ exactly as published (a PDF, a Word file, a saved
 * page or text), so a notice page can link the original its text was read from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SOURCES_DIR, sourceFiles } from '../../lib/notices/source-files.ts';

export const getStaticPaths: GetStaticPaths = () => sourceFiles().map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => new Response(readFileSync(join(SOURCES_DIR, params['file']!)));
