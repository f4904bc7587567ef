/**
 * Where each party sends its part, as lines of Chinese text, from the record's `submission` and
 * contacts. The record's route describes delivery to the issuer; in a notice that addresses
 * bureaus that is the bureau's delivery, so a company is told to hand its application to its
 * bureau and never given the issuer's mailbox or mailing address as its own. Online systems are
 * both parties' (companies fill in applications there, bureaus recommend there).
 */
import { t } from '../../i18n/t.ts';
import type { NoticeRecord } from '../../schemas/notice.ts';
import { formatSubmissionRoute } from './format-submission-route.ts';

type Submission = NoticeRecord['submission'];

/** Each party's delivery lines; `recommender` is null when the notice addresses no bureau. */
export interface PartyRoutes {
	applicant: string[];
	recommender: string[] | null;
}

/** The record's route without the via body (said apart), or its online systems alone. */
function routeOf(submission: Submission, systemsOnly: boolean): Submission {
	if (systemsOnly) return { systems: submission.systems, emails: [], paper: null, electronic: null, via: null };
	return { ...submission, via: null };
}

/** Paper goes by post: the addresses the notice gives, once each, when paper is asked for. */
function postalLines(record: Pick<NoticeRecord, 'contacts' | 'submission'>): string[] {
	if (record.submission.paper?.required !== true) return [];
	const postal = record.contacts.flatMap(({ address, postcode }) => {
		if (address === null) return [];
		return [postcode === null ? address : t('checklist.postcode', { address, postcode })];
	});
	return [...new Set(postal)].map((address) => t('checklist.address', { address }));
}

/**
 * Each party's delivery lines.
 * @param record The record's submission and contacts.
 * @param bureaus Whether the notice addresses bureaus that recommend (addressesBureaus).
 * @example partyRoutes(liaoning, true)
 * // { applicant: ['交给：各市市场监管局'], recommender: ['纸质材料', '另附电子版', '纸质材料寄送地址：沈阳市…'] }
 */
export function partyRoutes(record: Pick<NoticeRecord, 'contacts' | 'submission'>, bureaus: boolean): PartyRoutes {
	const toIssuer = [...formatSubmissionRoute(routeOf(record.submission, false)), ...postalLines(record)];
	if (!bureaus) return { applicant: toIssuer, recommender: null };
	const body = record.submission.via?.body ?? t('parties.localBureau');
	return {
		applicant: [t('parties.handTo', { body }), ...formatSubmissionRoute(routeOf(record.submission, true))],
		recommender: toIssuer,
	};
}
