/**
 * The notice matrix as pages build it: every notice with the submission route read from its
 * text, and the domain taxonomy.
 */
import { bodyParagraphs } from './body-paragraphs.ts';
import { compareDocOf } from './compare-docs.ts';
import { loadNotices } from './load-notices.ts';
import { loadTaxonomy } from './load-taxonomy.ts';
import { noticeMatrix, type NoticeMatrix } from './notice-matrix.ts';
import { submissionRoute } from './submission-route.ts';

/** The matrix of all notices. */
export async function loadMatrix(): Promise<NoticeMatrix> {
	const notices = (await loadNotices()).map((entry) => ({
		record: entry.data,
		route: submissionRoute(entry.data, bodyParagraphs(compareDocOf(entry).blocks)),
	}));
	return noticeMatrix(notices, await loadTaxonomy());
}
