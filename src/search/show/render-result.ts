/**
 * One search result: the notice's title linking to its first match (section id and text
 * fragment), place, year and deadline with its status, an excerpt with the matches marked, and
 * links to further sections with matches (Pagefind's headings: sub-results).
 */
import { t } from '../../i18n/t.ts';
import { formatDate } from '../../format/format-date.ts';
import { deadlineStatus } from '../deadline-status.ts';
import type { DocTable } from '../doc-table.ts';
import type { PagefindFragment } from '../query/fragments.ts';
import { excerptParts } from './excerpt-parts.ts';
import { findRanges, type Range } from './find-ranges.ts';
import { resultSections } from './result-sections.ts';
import { resultHash } from './text-directive.ts';
import { wordStarts } from './word-starts.ts';

const MORE_SECTIONS = 2;

function excerpt(content: string, ranges: readonly Range[], focus: Range): HTMLParagraphElement {
	const p = document.createElement('p');
	p.className = 'result-excerpt';
	for (const part of excerptParts(content, ranges, focus)) {
		p.append(part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
	}
	return p;
}

function link(text: string, href: string): HTMLAnchorElement {
	return Object.assign(document.createElement('a'), { textContent: text, href });
}

function metaLine(table: DocTable, doc: number, today: string): HTMLParagraphElement {
	const p = document.createElement('p');
	p.className = 'result-meta';
	const values = (facet: 'region' | 'year') => (table.facets[facet][doc] ?? []).map((i) => table.values[facet][i] ?? '');
	const parts = [...values('region'), ...values('year').map((year) => t('year.label', { year }))];
	const deadline = table.deadlines[doc] ?? null;
	// The date the lists show, said the same way: 推荐截止 when it binds the recommending bureaus only.
	const label = table.forRecommenders[doc] === true ? 'search.recommenderDeadline' : 'search.deadline';
	if (deadline !== null) parts.push(t(label, { date: formatDate(deadline) }));
	p.append(parts.join(t('search.metaSeparator')));
	const status = deadlineStatus(deadline, today);
	if (status !== 'none') {
		const badge = p.appendChild(document.createElement('span'));
		badge.className = 'status-badge';
		badge.dataset['status'] = status;
		badge.textContent = t(`search.status.${status}`);
	}
	return p;
}

/**
 * Build one result's list item.
 * @param fragment The notice page's Pagefind fragment.
 * @param needles Folded terms (and words, in the words group) to mark.
 * @param table The doc table, for place, year and deadline.
 * @param doc The notice number.
 * @param today ISO date in China.
 */
export function renderResult(fragment: PagefindFragment, needles: readonly string[], table: DocTable, doc: number, today: string): HTMLLIElement {
	const { content } = fragment;
	const ranges = findRanges(content, needles);
	const sections = resultSections(ranges, fragment.anchors, wordStarts(fragment.words));
	const item = document.createElement('li');
	item.className = 'search-result';
	const [first, ...others] = sections;
	const focus = first?.ranges[0];
	const heading = item.appendChild(document.createElement('h3'));
	heading.append(link(fragment.meta['title'] ?? fragment.url, fragment.url + (focus === undefined ? '' : resultHash(content, focus, first?.heading?.id ?? null))));
	item.append(metaLine(table, doc, today));
	if (focus !== undefined) item.append(excerpt(content, ranges, focus));
	const more = others.filter((section) => section.heading !== null);
	if (more.length > 0) {
		const list = item.appendChild(document.createElement('ul'));
		list.className = 'result-sections';
		for (const section of more.slice(0, MORE_SECTIONS)) {
			const at = section.ranges[0] as Range;
			const li = list.appendChild(document.createElement('li'));
			li.append(link(section.heading?.text ?? '', fragment.url + resultHash(content, at, section.heading?.id ?? null)), excerpt(content, ranges, at));
		}
		const rest = more.slice(MORE_SECTIONS).reduce((sum, section) => sum + section.ranges.length, 0);
		if (rest > 0) list.appendChild(document.createElement('li')).textContent = t('search.moreInNotice', { count: rest });
	}
	return item;
}
