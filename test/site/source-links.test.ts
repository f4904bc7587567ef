/**
 * Provenance on the site: each file of content/sources/ is served at /sources/<file> byte for
 * byte, and a notice page links its source and says how its text was obtained.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useFixtureBuild } from '../helpers/build-site.ts';

const site = useFixtureBuild();

describe('sources', () => {
	test('are served as published', () => {
		const file = 'tianjin-2025-pilot-call.txt';
		expect(readFileSync(join(site.out, 'sources', file)).equals(readFileSync(join('content/sources', file)))).toBe(true);
	});

	test('a notice page links its source and says its text is the file itself', () => {
		const html = site.read('notices/liaoning-2026-pilot-recommendation/index.html');
		expect(html).toContain('<a href="/sources/liaoning-2026-national-pilot-recommendation.txt" download><code>liaoning-2026-national-pilot-recommendation.txt</code></a>');
		expect(html).toContain('<p class="read-as">文本即原文件（纯文本）</p>');
	});

	test('a source the site does not hold is named, not linked', () => {
		const html = site.read('notices/dalian-2025-closing-materials/index.html');
		expect(html).toContain('<dd><code>dalian-2025-closing-materials.txt</code>');
		expect(html).not.toContain('href="/sources/dalian');
	});
});
