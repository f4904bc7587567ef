/**
 * The quotas (名额) facet: caps matched by what they count; a matched cap whose number moved is
 * changed, and a call's overall cap reworded (试点项目不超过10个 → 总数不超8个) is changed in both
 * number and scope, the scope reading `试点项目→总数`.
 */
import type { NoticeRecord } from '../../schemas/notice.ts';
import type { DomainTaxonomy, QuotaChange } from '../types.ts';
import { inBOrder } from './in-b-order.ts';
import { pairWhere } from './pair.ts';
import { quotaScope, type QuotaScope } from './quota-scope.ts';

type Quota = NoticeRecord['quotas'][number];
type Scoped = { quota: Quota; scope: QuotaScope };

/**
 * Compare two notices' caps.
 * @param a The quotas of `a`.
 * @param b The quotas of `b`.
 * @param taxonomy The canonical domains, for caps on a named domain.
 * @example compareQuotas([{ text: '同一领域不超2个', max: 2 }], [{ text: '每个领域不超过3个', max: 3 }], taxonomy)[0]
 * // { status: 'changed', scope: '每个领域', substantive: true, … }
 */
export function compareQuotas(a: readonly Quota[], b: readonly Quota[], taxonomy: DomainTaxonomy): QuotaChange[] {
	const scoped = (quota: Quota): Scoped => ({ quota, scope: quotaScope(quota.text, taxonomy, quota.max) });
	const sa = a.map(scoped);
	const sb = b.map(scoped);
	const sameScope = (x: Scoped, y: Scoped) => x.scope.key === y.scope.key;
	// Same scope and number first, so an unchanged cap keeps its partner when its scope repeats.
	const pairing = pairWhere(sa, sb, (x, y) => sameScope(x, y) && x.quota.max === y.quota.max);
	pairWhere(sa, sb, sameScope, pairing);
	// Then what is left of each call's overall cap, in order: the cap a reader compares first.
	pairWhere(sa, sb, (x, y) => x.scope.overall && y.scope.overall, pairing);
	return inBOrder(sa, sb, pairing.edges).map(({ kind, x, y }) => {
		if (kind !== 'paired') {
			const { quota, scope } = x ?? y;
			const [qa, qb] = kind === 'added' ? [null, quota] : [quota, null];
			return { status: kind, a: qa, b: qb, substantive: true, scope: scope.label };
		}
		const scope = sameScope(x, y) ? y.scope.label : `${x.scope.label}→${y.scope.label}`;
		const kept = sameScope(x, y) && x.quota.max === y.quota.max;
		return { status: kept ? 'kept' : 'changed', a: x.quota, b: y.quota, substantive: !kept, scope };
	});
}
