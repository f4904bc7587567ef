/**
 * The notice matrix as pages build it: every notice's record, and the domain taxonomy.
 */
import { loadNotices } from '../notices/load-notices.ts';
import { loadTaxonomy } from '../domains/load-taxonomy.ts';
import { noticeMatrix, type MatrixNotice, type NoticeMatrix } from './notice-matrix.ts';

/** Every notice, newest first. */
export async function loadMatrixNotices(): Promise<MatrixNotice[]> {
	return (await loadNotices()).map((entry) => ({ record: entry.data }));
}

/** The matrix of all notices (/matrix.csv). */
export async function loadMatrix(): Promise<NoticeMatrix> {
	return noticeMatrix(await loadMatrixNotices(), await loadTaxonomy());
}
