/**
 * A worker thread of the comparison pool (comparison-pool.ts): renders the comparisons it is sent,
 * one at a time, and answers each with its job number.
 */
import { parentPort } from 'node:worker_threads';
import type { CompareDoc, DomainTaxonomy } from '../../compare/types.ts';
import { renderedComparison } from './rendered-comparison.ts';

/** A job as the pool sends it. */
export interface ComparisonJob {
	job: number;
	a: CompareDoc;
	b: CompareDoc;
	taxonomy: DomainTaxonomy;
}

parentPort?.on('message', ({ job, a, b, taxonomy }: ComparisonJob) => {
	try {
		parentPort?.postMessage({ job, result: renderedComparison(a, b, taxonomy) });
	} catch (error) {
		parentPort?.postMessage({ job, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
