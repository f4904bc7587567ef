/**
 * Notice bodies rendered to HTML on a few worker threads, the main thread taking a share. Parsing
 * with MDX's grammar costs about 8 ms a body, 12,477 of them on a clean build (issue 16), and
 * renderBody is a pure function of its arguments, so the HTML is the same whichever thread renders
 * it. Few bodies (a rebuild after one changed notice) render inline: each worker first loads
 * micromark and its extensions. A worker that cannot start or dies (a Node without type
 * stripping, which must load render-worker.ts) hands its bodies back to the main thread.
 */
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderBody } from '../notice-body/render-body.ts';
import type { RenderReply, RenderRequest } from './render-worker.ts';

/** A body and the file's line it starts on, as renderBody takes them. */
export interface BodyJob {
	body: string;
	bodyLine: number;
}

/** A body's HTML, or what renderBody threw for it. */
export type Rendered = { html: string } | { error: Error };

export interface PoolOptions {
	/** Worker threads besides the main one (default: one per core but one, at most MAX_WORKERS). */
	workers?: number;
	/** Stops the workers, leaving the results not yet rendered empty (the caller is about to throw). */
	signal?: AbortSignal;
	/** Whether the main thread renders bodies too (by default it does); it always does if a worker dies. */
	share?: boolean;
	/** Told when a worker fails to start or dies (its bodies are rendered on the main thread). */
	onWorkerError?: (error: Error) => void;
}

/**
 * Below this many bodies (about a second's work) no worker starts: loading render-worker.ts and
 * micromark takes a worker 0.7–1 s on the 2-core build machine, while the main thread renders on.
 */
export const POOL_MIN = 128;

/** Each worker holds its own copy of micromark and its garbage; more than this gains little at 12,477 bodies. */
const MAX_WORKERS = 7;

/** Bodies sent to a worker ahead, so it need not wait while the main thread renders one (up to 20 ms). */
const AHEAD = 6;

// A path, not `new URL('./render-worker.ts', import.meta.url)`, which Vite would take for an asset.
const WORKER_FILE = join(dirname(fileURLToPath(import.meta.url)), 'render-worker.ts');

function renderInline({ body, bodyLine }: BodyJob): Rendered {
	try {
		return { html: renderBody(body, bodyLine) };
	} catch (error) {
		return { error: error as Error };
	}
}

/** The error a worker posted back (its message and stack), as an Error. */
function revive({ message, stack }: { message: string; stack?: string | undefined }): Error {
	const error = new Error(message);
	if (stack !== undefined) error.stack = stack;
	return error;
}

/**
 * Renders every body, each result at its job's index; never rejects (errors are results).
 * @param jobs The bodies to render.
 * @param options How many workers, whether the main thread renders too, when to stop.
 * @example await renderBodies([{ body: '正文', bodyLine: 5 }]) // [{ html: '<p>正文</p>' }]
 */
export function renderBodies(jobs: readonly BodyJob[], { workers = Math.min(availableParallelism() - 1, MAX_WORKERS), share = true, signal, onWorkerError }: PoolOptions = {}): Promise<Rendered[]> {
	const results = new Array<Rendered>(jobs.length);
	if (jobs.length < POOL_MIN || workers < 1) return Promise.resolve(jobs.map(renderInline));
	let next = 0;
	let done = 0;
	const retry: number[] = [];
	const take = () => (retry.length > 0 ? retry.pop() : next < jobs.length ? next++ : undefined);
	return new Promise((resolve) => {
		const pool = new Set<Worker>();
		const stop = () => {
			next = jobs.length;
			retry.length = 0;
			done = jobs.length;
			for (const worker of pool) void worker.terminate();
			pool.clear();
			resolve(results);
		};
		if (signal?.aborted === true) return stop();
		signal?.addEventListener('abort', stop, { once: true });
		const finish = (index: number, result: Rendered) => {
			results[index] = result;
			if (++done === jobs.length) stop();
		};
		// The main thread's share: one body per turn of the event loop, so replies are handled between.
		let pumping = false;
		const pump = () => {
			const index = take();
			if (index === undefined) return void (pumping = false);
			pumping = true;
			finish(index, renderInline(jobs[index] as BodyJob));
			if (done < jobs.length) setImmediate(pump);
		};
		for (let n = 0; n < workers; n++) {
			const worker = new Worker(WORKER_FILE);
			const sent = new Set<number>();
			const send = () => {
				const index = take();
				if (index === undefined) return;
				sent.add(index);
				const { body, bodyLine } = jobs[index] as BodyJob;
				worker.postMessage({ index, body, bodyLine } satisfies RenderRequest);
			};
			// Bodies go to a worker once it has loaded its modules; until then the main thread renders.
			worker.on('message', (reply: RenderReply) => {
				if ('ready' in reply) {
					for (let k = 0; k < AHEAD; k++) send();
					return;
				}
				sent.delete(reply.index);
				send();
				finish(reply.index, 'html' in reply ? { html: reply.html } : { error: revive(reply.error) });
			});
			// Failing to start or dying: its bodies go back to the queue, and the main thread renders on.
			const lost = (error: unknown) => {
				if (!pool.delete(worker)) return;
				onWorkerError?.(error instanceof Error ? error : new Error(`render worker exited with code ${String(error)}`));
				retry.push(...sent);
				sent.clear();
				if (pumping || done === jobs.length) return;
				pumping = true;
				setImmediate(pump);
			};
			worker.on('error', lost);
			worker.on('exit', lost);
			pool.add(worker);
		}
		if (!share) return;
		pumping = true;
		setImmediate(pump);
	});
}
