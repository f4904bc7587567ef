/**
 * `<notice-diff>`: the controls of a comparison (side-by-side or inline view, only substantive
 * changes, previous/next change with buttons or J/K) over markup that reads fine without it.
 * The toolbar is `hidden` in the HTML and shown here once there is a comparison, so no-script
 * readers see no dead buttons. The view and the substantive filter live in the URL.
 */

const KEYS: Record<string, number> = { j: 1, n: 1, k: -1, p: -1 };

// Where a letter key means typing or choosing, J/K stay the field's; on a checkbox, radio or button
// (the toolbar's own controls) they step through changes (issue 15: J/K died after a toolbar click).
const TYPING = 'textarea, select, [contenteditable], input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"])';

/** URL parameters that keep the toolbar's choices, so a link reopens the same view. */
const VIEW_PARAM = 'view';
const ONLY_PARAM = 'changes';

class NoticeDiff extends HTMLElement {
	#current = -1;

	connectedCallback(): void {
		const toolbar = this.querySelector<HTMLElement>('.cmp-toolbar');
		if (toolbar === null || toolbar.dataset['ready'] === 'true') return;
		toolbar.dataset['ready'] = 'true';
		this.#fromUrl(toolbar);
		toolbar.addEventListener('change', () => {
			this.refresh();
			this.#toUrl();
		});
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
		const form = this.querySelector<HTMLElement>('.cmp-toolbar');
		// Nothing to control before a comparison is shown (the picker, before two notices are chosen).
		if (form !== null) form.hidden = this.querySelector('.cmp-output .cmp') === null;
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

	/** Set the toolbar from the URL (?view=inline&changes=substantive). */
	#fromUrl(toolbar: HTMLElement): void {
		const params = new URLSearchParams(location.search);
		const view = toolbar.querySelector<HTMLInputElement>(`input[name="view"][value="${CSS.escape(params.get(VIEW_PARAM) ?? 'side')}"]`);
		if (view !== null) view.checked = true;
		const only = toolbar.querySelector<HTMLInputElement>('input[name="substantive"]');
		if (only !== null) only.checked = params.get(ONLY_PARAM) === 'substantive';
	}

	/** Keep the toolbar's choices in the URL, defaults left out, without a new history entry. */
	#toUrl(): void {
		const url = new URL(location.href);
		const view = this.dataset['view'] ?? 'side';
		if (view === 'side') url.searchParams.delete(VIEW_PARAM);
		else url.searchParams.set(VIEW_PARAM, view);
		if (this.hasAttribute('data-only-substantive')) url.searchParams.set(ONLY_PARAM, 'substantive');
		else url.searchParams.delete(ONLY_PARAM);
		if (url.href !== location.href) history.replaceState(history.state, '', url);
	}

	#onKey(event: KeyboardEvent): void {
		const step = KEYS[event.key.toLowerCase()];
		const field = (event.target as HTMLElement).closest(TYPING);
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
