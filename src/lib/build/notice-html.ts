/**
 * Where the notice loader keeps each body's HTML: one file per entry digest in the cache folder,
 * not in Astro's content store. Astro serializes the whole store after every sync, bundles it into
 * the build as one JavaScript module and compiles that module before the first page; bodies were
 * three fifths of it (115 MB at 6,234 notices, measured), so every build paid for every body three
 * times. The notice page reads its body's file instead (`readNoticeHtml`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of body files under a cache folder. */
export const noticeHtmlDir = (cacheDir: URL): string => fileURLToPath(new URL('notice-html/', cacheDir));

/**
 * A body's file name: a hash of the entry's digest, whatever characters a loader's digest holds.
 * @param digest The entry's digest.
 */
export const noticeHtmlName = (digest: string | number): string => `${createHash('sha256').update(String(digest)).digest('base64url')}.html`;

/**
 * A body's file.
 * @param cacheDir Astro's cache folder (`config.cacheDir`).
 * @param digest The entry's digest (file contents and renderer, see notice-loader.ts).
 */
export const noticeHtmlFile = (cacheDir: URL, digest: string | number): string => fileURLToPath(new URL(`notice-html/${noticeHtmlName(digest)}`, cacheDir));

/**
 * A notice entry's body as HTML, for its page.
 * @param entry A notices-collection entry (its digest names the file).
 */
export function readNoticeHtml(entry: { id: string; digest?: string | number | undefined }): string {
	if (entry.digest === undefined) throw new Error(`${entry.id}: 通知正文没有摘要 / the entry has no digest; run the build again`);
	const file = noticeHtmlFile(new URL(import.meta.env.CACHE_DIR), entry.digest);
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		throw new Error(`${entry.id}: 缺少正文 HTML ${file}，请重新构建 / its body's HTML is missing; build again`, { cause: error });
	}
}
