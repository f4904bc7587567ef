/**
 * A worker thread of the render pool (render-pool.ts): renders each body it is sent and posts back
 * its HTML, or the error renderBody threw (the main thread names the file).
 */
import { parentPort } from 'node:worker_threads';
import { renderBody } from '../notice-body/render-body.ts';

/** What the pool sends: a job's index and the arguments of renderBody. */
export interface RenderRequest {
	index: number;
	body: string;
	bodyLine: number;
}

/**
 * What a worker posts back: first that it is ready (its modules loaded), then for each body its
 * HTML, or the message and stack of what renderBody threw.
 */
export type RenderReply = { ready: true } | { index: number; html: string } | { index: number; error: { message: string; stack?: string | undefined } };

parentPort?.postMessage({ ready: true } satisfies RenderReply);
parentPort?.on('message', ({ index, body, bodyLine }: RenderRequest) => {
	try {
		parentPort?.postMessage({ index, html: renderBody(body, bodyLine) } satisfies RenderReply);
	} catch (error) {
		// Its message and stack, as an error's other fields (a VFileMessage's) need not clone.
		const { message, stack } = error as Error;
		parentPort?.postMessage({ index, error: { message, stack } } satisfies RenderReply);
	}
});
