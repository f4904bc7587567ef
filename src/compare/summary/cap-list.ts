/**
 * Lists in the summary are cut short: a reader wants to know that eight domains were added and
 * which come first, not all eight names.
 */
import { t } from '../../i18n/t.ts';

/**
 * Join items with 、, the first `max` and a count when there are more; duplicates dropped.
 * @param items Phrases in order.
 * @param max How many to name.
 * @example capList(['消费品', '高新技术', '服务业', '民政'], 3) // '消费品、高新技术、服务业等4个'
 */
export function capList(items: readonly string[], max = 3): string {
	const unique = [...new Set(items)];
	const list = unique.slice(0, max).join(t('compare.listSeparator'));
	return unique.length > max ? t('compare.more', { list, count: unique.length }) : list;
}
