// Wiring only: MDX, search, the Markdown processor and build switches. The site reads content/notices.
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
	// pagefind() runs at astro:build:done: the search index of the built notice pages.
	integrations: [mdx(), pagefind()],
	// Every page lives at a folder URL (/notices/<id>/), so links and files agree.
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		// Notices are quoted verbatim: “” and dashes must stay as the issuer wrote them.
		processor: satteri({ features: { smartPunctuation: false } }),
	},
	vite: {
		// Each compiled MDX file otherwise warns about a module-level directive it carries.
		build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
	},
});
