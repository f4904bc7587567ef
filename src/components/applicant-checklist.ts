/**
 * `<applicant-checklist data-notice="<id>">`: remembers which items a reader has ticked, in this
 * browser's localStorage only (one key per notice and item, `pilot-notices:checklist:<id>:<item>`;
 * nothing is ever sent), counts them, clears them, and prints the checklist alone. Without script
 * the boxes still tick for printing; they are just not remembered.
 */

const PREFIX = 'pilot-notices:checklist';

/** localStorage, or null where it is blocked (private modes, storage disabled). */
function storage(): Storage | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

class ApplicantChecklist extends HTMLElement {
	connectedCallback(): void {
		const store = storage();
		for (const box of this.#boxes()) {
			box.checked = store?.getItem(this.#key(box)) === '1';
			box.addEventListener('change', () => {
				try {
					if (box.checked) store?.setItem(this.#key(box), '1');
					else store?.removeItem(this.#key(box));
				} catch {
					// Quota or a storage that refuses writes: the tick still shows, unremembered.
				}
				this.#count();
			});
		}
		this.querySelector('[data-clear]')?.addEventListener('click', () => this.#clear());
		this.querySelector('[data-print]')?.addEventListener('click', () => this.#print());
		this.querySelector<HTMLElement>('[data-actions]')?.removeAttribute('hidden');
		this.#count();
	}

	#boxes(): HTMLInputElement[] {
		return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-item]')];
	}

	#key(box: HTMLInputElement): string {
		return `${PREFIX}:${this.dataset['notice'] ?? ''}:${box.dataset['item'] ?? ''}`;
	}

	#count(): void {
		const boxes = this.#boxes();
		const done = boxes.filter((box) => box.checked).length;
		const status = this.querySelector('[data-progress]');
		if (status !== null) {
			status.textContent = (this.dataset['progress'] ?? '')
				.replace('{done}', String(done))
				.replace('{total}', String(boxes.length));
		}
	}

	#clear(): void {
		for (const box of this.#boxes()) {
			box.checked = false;
			try {
				storage()?.removeItem(this.#key(box));
			} catch {
				// Nothing stored to clear.
			}
		}
		this.#count();
	}

	/** Print the checklist alone: print.css hides the rest while the root carries data-print. */
	#print(): void {
		const root = document.documentElement;
		root.dataset['print'] = 'checklist';
		window.addEventListener('afterprint', () => delete root.dataset['print'], { once: true });
		window.print();
	}
}

customElements.define('applicant-checklist', ApplicantChecklist);
