/**
 * The pre-rendered comparisons of a build, computed in worker threads. A comparison (word diff of
 * two notices' texts) is most of a compare page's cost — about 14 ms of a page's 17 at 6,234
 * notices, measured — and Astro renders pages on one thread, so with `build.concurrency` above
 * one, the pages waiting on their comparisons keep every core busy. Outside `astro build` (the
 * dev server, tests of the page's parts) the comparison runs inline; the output is the same.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CompareDoc, DomainTaxonomy } from '../../compare/types.ts';
import type { ComparisonJob } from './comparison-worker.ts';
import { renderedComparison, type RenderedComparison } from './rendered-comparison.ts';

/** A worker's answer. */
type Answer = { job: number; result: RenderedComparison; error?: undefined } | { job: number; error: string };

interface Pending {
	resolve: (result: RenderedComparison) => void;
	reject: (error: Error) => void;
	label: string;
}

/** A worker and the jobs it holds. */
interface Slot {
	worker: Worker;
	pending: Map<number, Pending>;
	failed?: Error;
}

/** Worker threads that each render one comparison at a time. */
export class ComparisonPool {
	readonly #workers: Slot[];
	#next = 0;

	/**
	 * @param script The worker's module (comparison-worker.ts).
	 * @param size How many workers.
	 */
	constructor(script: URL, size: number) {
		this.#workers = Array.from({ length: size }, () => {
			const slot: Slot = { worker: new Worker(script), pending: new Map<number, Pending>() };
			slot.worker.on('message', (answer: Answer) => {
				const pending = slot.pending.get(answer.job);
				slot.pending.delete(answer.job);
				if (slot.pending.size === 0) slot.worker.unref();
				if (answer.error === undefined) pending?.resolve(answer.result);
				else pending?.reject(new Error(`${pending.label}: ${answer.error}`));
			});
			// A worker that failed or stopped fails what it holds and every later job sent to it.
			const stop = (error: Error) => {
				slot.failed ??= error;
				for (const pending of slot.pending.values()) pending.reject(new Error(`${pending.label}: ${error.message}`, { cause: error }));
				slot.pending.clear();
			};
			slot.worker.on('error', stop);
			slot.worker.on('exit', (code) => stop(new Error(`comparison worker stopped (exit code ${code})`)));
			slot.worker.unref();
			return slot;
		});
	}

	/**
	 * Render the comparison of `a` and `b` on the least busy worker.
	 * @param a The reference notice.
	 * @param b The notice compared with it.
	 * @param taxonomy The canonical domains.
	 */
	render(a: CompareDoc, b: CompareDoc, taxonomy: DomainTaxonomy): Promise<RenderedComparison> {
		const slot = this.#workers.reduce((least, slot) => (slot.pending.size < least.pending.size ? slot : least));
		const job = this.#next++;
		const label = `${a.record.id} ↔ ${b.record.id}`;
		return new Promise((resolve, reject) => {
			if (slot.failed !== undefined) return reject(new Error(`${label}: ${slot.failed.message}`, { cause: slot.failed }));
			slot.pending.set(job, { resolve, reject, label });
			slot.worker.ref();
			slot.worker.postMessage({ job, a, b, taxonomy } satisfies ComparisonJob);
		});
	}

	/** Stops the workers. */
	async close(): Promise<void> {
		await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
	}
}

let pool: ComparisonPool | undefined;

/**
 * A compare page's comparison: in the build's worker pool under `astro build`, inline otherwise.
 * @param a The reference notice.
 * @param b The notice compared with it.
 * @param taxonomy The canonical domains.
 */
export function renderComparisonPage(a: CompareDoc, b: CompareDoc, taxonomy: DomainTaxonomy): Promise<RenderedComparison> {
	if (!import.meta.env.SITE_BUILD) return Promise.resolve(renderedComparison(a, b, taxonomy));
	pool ??= new ComparisonPool(new URL('src/lib/compare/comparison-worker.ts', import.meta.env.PROJECT_ROOT), availableParallelism());
	return pool.render(a, b, taxonomy);
}
