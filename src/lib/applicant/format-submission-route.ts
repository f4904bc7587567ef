/**
 * 申报途径 as lines of Chinese text, one per way, for the matrix cell and its CSV.
 */
import { t } from '../../i18n/t.ts';
import type { SubmissionRoute } from './submission-route.ts';

/**
 * One line per way of delivery, in the order an applicant meets them: online system, mailbox,
 * paper, electronic copy, then the body it goes through. Empty when the text names none.
 * @param route A notice's submission route.
 * @example formatSubmissionRoute({ systems: [{ name: '管理信息系统', url: 'https://x.cn/' }],
 *   emails: [], paper: { required: true, copies: [2] }, electronic: false, via: '区市场监管局' })
 * // ['线上：管理信息系统（https://x.cn/）', '纸质材料一式2份', '逐级推荐：经区市场监管局']
 */
export function formatSubmissionRoute(route: SubmissionRoute): string[] {
	const lines = route.systems.map(({ name, url }) =>
		url === null ? t('route.online', { name }) : t('route.onlineAt', { name, url }),
	);
	if (route.emails.length > 0) lines.push(t('route.email', { emails: route.emails.join('、') }));
	const paper = paperLine(route.paper);
	if (paper !== null) lines.push(paper);
	if (route.electronic) lines.push(t('route.electronic'));
	if (route.via !== null) lines.push(t('route.via', { via: route.via }));
	return lines;
}

function paperLine(paper: SubmissionRoute['paper']): string | null {
	if (paper === null) return null;
	if (!paper.required) return t('route.noPaper');
	if (paper.copies.length === 0) return t('route.paper');
	const [min, max] = [Math.min(...paper.copies), Math.max(...paper.copies)];
	return min === max
		? t('route.paperCopies', { copies: min })
		: t('route.paperCopiesVary', { min, max });
}
