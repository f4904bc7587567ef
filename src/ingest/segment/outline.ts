/**
 * The numbering outline of a notice: which marker style nests in which. Notices do not agree on an
 * order (一、 then （一） then 1. is usual, but 1. may sit right under 一、), so the depth of a style
 * is where it first appeared below the styles still open, as Markdown nests list markers.
 */
import type { NumberingStyle } from '../../text/outline-number.ts';

export class Outline {
	private stack: NumberingStyle[] = [];

	/** The depth (1-based) of an item numbered in `style`, closing deeper levels. */
	levelOf(style: NumberingStyle): number {
		const at = this.stack.indexOf(style);
		if (at >= 0) this.stack.length = at + 1;
		else this.stack.push(style);
		return this.stack.length;
	}

	/** Starts a new outline (a new attachment). */
	reset(): void {
		this.stack = [];
	}
}
