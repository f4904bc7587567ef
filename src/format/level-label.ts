/**
 * Administrative levels as the site names them.
 */
import type { Level } from '../schemas/notice.ts';
import { t } from '../i18n/t.ts';

/** Levels from the top down: the order lists and indexes use. */
export const LEVELS: readonly Level[] = ['national', 'provincial', 'municipal', 'district'];

/**
 * The Chinese label of a level.
 * @param level A record's `jurisdiction.level`.
 * @example levelLabel('district') // '区县级'
 */
export function levelLabel(level: Level): string {
	return t(`level.${level}`);
}
