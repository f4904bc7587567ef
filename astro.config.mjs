// Wiring only: search, the Markdown processor and build switches. The site reads content/notices
// (MDX files its content loader renders itself: src/lib/build/notice-loader.ts).
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { buildEnv } from './src/integrations/build-env.ts';
import { keepOutputs } from './src/integrations/keep-outputs.ts';
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
	// keepOutputs() keeps the last build's pages that the incremental build skips and, at
	// astro:build:done, removes what is left over from earlier builds; then pagefind() indexes the
	// notice pages that remain (in this order, so a removed notice's page is never indexed).
	integrations: [buildEnv(), keepOutputs(), pagefind()],
	// Feeds and calendars need absolute links. Set SITE_URL to the deployed address when building
	// for publication; the default is a reserved name (RFC 2606) that can never reach a wrong host.
	site: process.env['SITE_URL'] ?? 'https://pilot-notices.invalid/',
	// Tests that build into a temporary folder also cache there, so parallel builds never share a
	// content store and a clean build really starts clean.
	...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
	// Every page lives at a folder URL (/notices/<id>/), so links and files agree.
	trailingSlash: 'always',
	build: { format: 'directory' },
	security: {
		// A <meta> Content-Security-Policy on every page: scripts only from this site or with the hash
		// of an inline script Astro emitted; no inline event handlers, no other origins.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	experimental: {
		// Pages whose getStaticPaths gives a cacheKey (src/lib/build/cache-key.ts) are copied from the
		// previous build (kept in cacheDir) when their data and code are unchanged: a rebuild after
		// one changed notice renders that notice's pages, not all of them.
		incrementalBuild: true,
	},
	markdown: {
		// Notices are quoted verbatim: “” and dashes must stay as the issuer wrote them.
		processor: satteri({ features: { smartPunctuation: false } }),
		// Notices have no code blocks; Shiki's inline styles would also break the CSP.
		syntaxHighlight: false,
	},
});
