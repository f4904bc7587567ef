/**
 * The summary's domain phrases: domains added, dropped, and those whose focus items changed, each
 * by its canonical name where the taxonomy has one (新增领域：消费品、高新技术等8个).
 */
import { t } from '../../i18n/t.ts';
import { domainLabel } from '../../text/domain-label.ts';
import type { DomainChange } from '../types.ts';
import { capList } from './cap-list.ts';

/**
 * Phrases for the substantive domain changes.
 * @param changes The domain facet.
 * @example domainPhrases(facets.domains) // ['新增领域：农业农村、消费品、高新技术等8个', …]
 */
export function domainPhrases(changes: readonly DomainChange[]): string[] {
	const names = (status: DomainChange['status']) => changes.filter((c) => c.status === status).flatMap(namesOf);
	const phrases: string[] = [];
	const added = names('added');
	const removed = names('removed');
	const refocused = names('changed');
	if (added.length > 0) phrases.push(t('compare.domainsAdded', { list: capList(added) }));
	if (removed.length > 0) phrases.push(t('compare.domainsRemoved', { list: capList(removed) }));
	if (refocused.length > 0) phrases.push(t('compare.focusChanged', { list: capList(refocused) }));
	return phrases;
}

/** A change's names: one per field, so a joined item counts as its fields (新增领域：高新技术、制造业). */
function namesOf(c: DomainChange): string[] {
	if (c.canonical.length > 0) return c.canonical.map((entry) => entry.name);
	return [domainLabel(c.b?.name ?? c.a?.name ?? '')];
}
