/**
 * Vitest: limits long enough for a loaded 2-core machine (issue 15: a test that waits on a condition
 * should get slower there, not fail at vitest's default 5 s). Browser test files raise theirs
 * further (test/helpers/browser.ts).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		testTimeout: 60_000,
		hookTimeout: 180_000,
	},
});
