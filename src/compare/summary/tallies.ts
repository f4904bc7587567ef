/**
 * The summary's phrases for facets told by number, not by content: conditions, attachments and
 * contacts (申报条件新增2条、删除1条), as their wording does not fit a one-line summary.
 */
import { t } from '../../i18n/t.ts';
import type { ChangeStatus, FacetName } from '../types.ts';

const STATUSES = ['added', 'removed', 'changed'] as const;

/**
 * A phrase counting a facet's substantive changes, none when it has none.
 * @param facet Which facet.
 * @param changes Its changes.
 * @example tallyPhrases('conditions', facets.conditions) // ['申报条件新增2条、删除15条']
 */
export function tallyPhrases(
	facet: Extract<FacetName, 'conditions' | 'attachments' | 'contacts'>,
	changes: readonly { status: ChangeStatus; substantive: boolean }[],
): string[] {
	const unit = t(`compare.unit.${facet}`);
	const counts = STATUSES.flatMap((status) => {
		const count = changes.filter((c) => c.substantive && c.status === status).length;
		return count > 0 ? [t(`compare.${status}`, { count, unit })] : [];
	});
	return counts.length > 0 ? [t(`compare.${facet}`, { list: counts.join(t('compare.listSeparator')) })] : [];
}
