/**
 * Who does what (issue 13, point 5): a notice's submit deadlines, materials and delivery route
 * split between the 申报单位 (the company that applies) and the 推荐单位 (the bureau that collects
 * and recommends), from the record alone. A company must never read a bureau's date or the
 * issuer's mailing address as its own: in the Liaoning 2026 shape the province's 5月20日 binds the
 * city bureaus, and a company's own date is whatever its bureau sets, which falls before that.
 */
import type { NoticeRecord, Party } from '../../schemas/notice.ts';
import { orderDeadlines, type IndexedDeadline } from '../deadlines/main-deadline.ts';

type Material = NoticeRecord['materials'][number];

/** A material with its position in the record, so its checklist box keeps its key. */
export interface IndexedMaterial {
	material: Material;
	index: number;
}

/** One party's part of a notice. */
export interface PartySteps {
	/** Its submit deadlines, earliest full date first (orderDeadlines). */
	deadlines: IndexedDeadline[];
	/** What it prepares, in record order. */
	materials: IndexedMaterial[];
}

/** A notice's parts: the applicant's always, the recommender's when the notice addresses one. */
export interface NoticeParties {
	applicant: PartySteps;
	/** Null when applications go straight to the issuer and no step is a bureau's. */
	recommender: PartySteps | null;
	/** The body a company hands its application to, as written (`各区市场监管局`), when known. */
	via: string | null;
}

/**
 * Whether a notice addresses bureaus that recommend: a submit deadline binds them, applications
 * go through a lower body (`submission.via`), or a bureau prepares something (a 推荐函).
 * @param record The record's deadlines, submission and materials.
 * @example addressesBureaus({ deadlines: [{ date: '2026-05-20', kind: 'submit', text: '…', party: 'recommender' }],
 *   submission: { …, via: null }, materials: [] }) // true
 */
export function addressesBureaus(record: Pick<NoticeRecord, 'deadlines' | 'submission' | 'materials'>): boolean {
	return (
		record.submission.via !== null ||
		record.deadlines.some((d) => d.kind === 'submit' && d.party === 'recommender') ||
		record.materials.some((m) => m.party === 'recommender')
	);
}

/**
 * Split a notice between the applicant and the recommender. A submit deadline whose clause names
 * no party is the company's: ingest already gives a subjectless clause the party of a notice that
 * addresses bureaus only (its salutation), so what is left unnamed is a call's own date, as in
 * Shanghai 2023 (申报截止日期：2023年5月15日, though applications then go through a district bureau).
 * @param record The record's deadlines, submission and materials.
 * @example noticeParties(liaoning).applicant.deadlines // [] (5月20日 is the bureaus')
 * @example noticeParties(liaoning).recommender?.deadlines[0]?.deadline.date // '2026-05-20'
 */
export function noticeParties(record: Pick<NoticeRecord, 'deadlines' | 'submission' | 'materials'>): NoticeParties {
	const submit = orderDeadlines(record.deadlines).filter(({ deadline }) => deadline.kind === 'submit');
	const steps = (party: Party): PartySteps => ({
		deadlines: submit.filter(({ deadline }) => (deadline.party ?? 'applicant') === party),
		materials: record.materials.map((material, index) => ({ material, index })).filter(({ material }) => material.party === party),
	});
	return {
		applicant: steps('applicant'),
		recommender: addressesBureaus(record) ? steps('recommender') : null,
		via: record.submission.via?.body ?? null,
	};
}

/** What a company is told about its own deadline. */
export type ApplicantDeadline =
	/** The notice sets the company's date itself. */
	| { kind: 'own'; deadlines: IndexedDeadline[] }
	/** Its bureau sets it (`body`, null when the notice does not name it), before the bureau's `before`. */
	| { kind: 'bureau'; body: string | null; before: IndexedDeadline | null }
	/** The notice addresses companies and states no date (原文中未找到). */
	| { kind: 'none' };

/**
 * The company's deadline: its own when the notice sets one; else, in a notice to bureaus, the
 * one its bureau sets, which falls before the bureau's earliest submit date.
 * @param parties The notice's parts (noticeParties).
 * @example applicantDeadline(noticeParties(liaoning))
 * // { kind: 'bureau', body: '各市市场监管局', before: { deadline: { date: '2026-05-20', … }, index: 0 } }
 */
export function applicantDeadline(parties: NoticeParties): ApplicantDeadline {
	if (parties.applicant.deadlines.length > 0) return { kind: 'own', deadlines: parties.applicant.deadlines };
	if (parties.recommender === null) return { kind: 'none' };
	return { kind: 'bureau', body: parties.via, before: parties.recommender.deadlines[0] ?? null };
}

/**
 * The bureau's deadline, told as applicantDeadline tells the company's: its own submit dates,
 * or none (原文中未找到).
 * @param steps The recommender's part (noticeParties(…).recommender).
 * @example recommenderDeadline(noticeParties(liaoning).recommender).kind // 'own'
 */
export function recommenderDeadline(steps: PartySteps): ApplicantDeadline {
	return steps.deadlines.length > 0 ? { kind: 'own', deadlines: steps.deadlines } : { kind: 'none' };
}
