/**
 * The deployed site's address, which feeds and calendars need for absolute links. It comes from
 * astro.config.mjs (`site`, from SITE_URL when set).
 */

/**
 * Astro's `site`, or a clear error when it is not configured.
 * @param site The `site` of an endpoint's context.
 * @example siteUrl(new URL('https://example.org/')).href // 'https://example.org/'
 */
export function siteUrl(site: URL | undefined): URL {
	if (site === undefined) throw new Error('Cannot write absolute links without `site`, expected it in astro.config.mjs (SITE_URL)');
	return site;
}
