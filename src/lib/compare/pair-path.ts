/**
 * Where a natural pair is read: its pre-rendered page, or the picker with both notices chosen,
 * which compares them on load. `naturalPairs` decides which, so links and built pages agree.
 */
import { comparePath, pickerPath } from '../../format/paths.ts';
import type { NoticePair } from './compare-pairs.ts';

/**
 * @param pair A pair from `naturalPairs`.
 * @example pairPath({ a: 'national-2025', b: 'liaoning-2025', reasons: ['implements'], prerendered: false }) // '/compare/?a=national-2025&b=liaoning-2025'
 */
export const pairPath = (pair: NoticePair): string =>
	pair.prerendered ? comparePath(pair.a, pair.b) : pickerPath(pair.a, pair.b);
