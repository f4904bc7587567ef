/**
 * `<notice-diff>`: the controls of a comparison (side-by-side or inline view, only substantive
 * changes, previous/next change with buttons or J/K) over markup that reads fine without it.
 * The toolbar is `hidden` in the HTML and shown here, so no-script readers see no dead buttons.
 */

const KEYS: Record<string, number> = { j: 1, n: 1, k: -1, p: -1 };

class NoticeDiff extends HTMLElement {
	#current = -1;

	connectedCallback(): void {
		const toolbar = this.querySelector<HTMLElement>('.cmp-toolbar');
		if (toolbar === null || toolbar.dataset['ready'] === 'true') return;
		toolbar.dataset['ready'] = 'true';
		toolbar.hidden = false;
		toolbar.addEventListener('change', () => this.refresh());
		toolbar.addEventListener('click', (event) => {
			const step = (event.target as HTMLElement).closest<HTMLElement>('[data-step]')?.dataset['step'];
			if (step !== undefined) this.go(Number(step));
		});
		document.addEventListener('keydown', (event) => this.#onKey(event));
		// Print every unchanged run too: a printed comparison cannot be unfolded.
		addEventListener('beforeprint', () => {
			for (const run of this.querySelectorAll('details')) run.open = true;
		});
		this.refresh();
	}

	/** Apply the toolbar's choices; call again after new comparison markup is put inside. */
	refresh(): void {
		const form = this.querySelector('.cmp-toolbar');
		const view = form?.querySelector<HTMLInputElement>('input[name="view"]:checked')?.value ?? 'side';
		const only = form?.querySelector<HTMLInputElement>('input[name="substantive"]')?.checked ?? false;
		this.dataset['view'] = view;
		this.toggleAttribute('data-only-substantive', only);
		for (const count of this.querySelectorAll<HTMLElement>('.cmp-count[data-all]')) {
			count.textContent = (only ? count.dataset['substantive'] : count.dataset['all']) ?? '';
		}
		this.#current = -1;
		this.#announce();
	}

	/** The changes a reader can step through now (hidden ones skipped). */
	changes(): HTMLElement[] {
		const only = this.hasAttribute('data-only-substantive');
		return [...this.querySelectorAll<HTMLElement>('.chg')].filter((c) => !only || c.dataset['substantive'] === 'true');
	}

	/** Move to the next (1) or previous (-1) change, opening a folded run if it sits in one. */
	go(step: number): void {
		const changes = this.changes();
		if (changes.length === 0) return;
		this.#current = (this.#current + step + changes.length) % changes.length;
		const target = changes[this.#current];
		if (target === undefined) return;
		const folded = target.closest('details');
		if (folded !== null) folded.open = true;
		target.focus();
		target.scrollIntoView({ block: 'center' });
		this.#announce();
	}

	#onKey(event: KeyboardEvent): void {
		const step = KEYS[event.key.toLowerCase()];
		const field = (event.target as HTMLElement).closest('input, select, textarea, [contenteditable]');
		if (step === undefined || field !== null || event.ctrlKey || event.metaKey || event.altKey) return;
		event.preventDefault();
		this.go(step);
	}

	#announce(): void {
		const status = this.querySelector<HTMLElement>('.cmp-position');
		if (status === null) return;
		const total = this.changes().length;
		const template = this.#current < 0 ? status.dataset['total'] : status.dataset['position'];
		status.textContent = (template ?? '').replace('{index}', String(this.#current + 1)).replace('{total}', String(total));
	}
}

if (customElements.get('notice-diff') === undefined) customElements.define('notice-diff', NoticeDiff);
