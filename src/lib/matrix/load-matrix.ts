/**
 * The notice matrix as pages build it: every notice with the submission route read from its
 * text, and the domain taxonomy.
 */
import { bodyParagraphs } from '../compare/body-paragraphs.ts';
import { compareDocOf } from '../compare/compare-docs.ts';
import { loadNotices } from '../notices/load-notices.ts';
import { loadTaxonomy } from '../domains/load-taxonomy.ts';
import { noticeMatrix, type MatrixNotice, type NoticeMatrix } from './notice-matrix.ts';
import { submissionRoute } from '../applicant/submission-route.ts';

/** Every notice with its submission route, newest first. */
export async function loadMatrixNotices(): Promise<MatrixNotice[]> {
	return Promise.all(
		(await loadNotices()).map(async (entry) => ({
			record: entry.data,
			route: submissionRoute(entry.data, bodyParagraphs((await compareDocOf(entry)).blocks)),
		})),
	);
}

/** The matrix of all notices (/matrix.csv). */
export async function loadMatrix(): Promise<NoticeMatrix> {
	return noticeMatrix(await loadMatrixNotices(), await loadTaxonomy());
}
