/**
 * The summary's quota phrase: the caps `b` sets anew, in `b`'s order (名额改为总数不超过8个、同一领域
 * 不超过2个), told as new when `a` set none; caps only dropped are named when nothing replaces them.
 */
import { t } from '../../i18n/t.ts';
import type { QuotaChange } from '../types.ts';
import { capList } from './cap-list.ts';

/**
 * Phrases for the substantive quota changes.
 * @param changes The quota facet.
 * @example quotaPhrases(facets.quotas) // ['名额改为总数不超过8个、同一领域不超过2个']
 */
export function quotaPhrases(changes: readonly QuotaChange[]): string[] {
	const cap = (scope: string, max: number) => t('compare.quotaCap', { scope, max });
	// A reworded scope reads `试点项目→总数`; the summary tells the new one.
	const newScope = (scope: string) => scope.split('→').at(-1) ?? scope;
	const set = changes.flatMap((c) => (c.substantive && c.b !== null ? [cap(newScope(c.scope), c.b.max)] : []));
	if (set.length > 0) {
		const fresh = changes.every((c) => c.status === 'added');
		return [t(fresh ? 'compare.quotasAdded' : 'compare.quotasChanged', { list: capList(set) })];
	}
	const dropped = changes.flatMap((c) => (c.status === 'removed' && c.a !== null ? [cap(c.scope, c.a.max)] : []));
	return dropped.length > 0 ? [t('compare.quotasRemoved', { list: capList(dropped) })] : [];
}
