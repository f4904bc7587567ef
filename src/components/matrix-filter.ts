/**
 * `<matrix-filter>`: hides the matrix columns the level, year and jurisdiction selects rule out,
 * keeps the choice in the URL (?level=provincial&jurisdiction=…) so it can be shared (a filter the
 * page leaves out matches everything), and downloads
 * the visible columns as CSV with the same writer as /matrix.csv. No framework: the page works
 * without it, showing every column.
 */
import { formatCsv, selectColumns } from '../lib/exports/csv.ts';

const FILTERS = ['level', 'year', 'jurisdiction'] as const;
type Filter = (typeof FILTERS)[number];

class MatrixFilter extends HTMLElement {
	#form: HTMLFormElement | null = null;
	#visible: number[] = [];

	connectedCallback(): void {
		const form = this.querySelector('form');
		if (form === null) return;
		this.#form = form;
		const params = new URLSearchParams(window.location.search);
		for (const name of FILTERS) {
			const select = this.#select(name);
			const value = params.get(name) ?? '';
			if (select && [...select.options].some((option) => option.value === value)) {
				select.value = value;
			}
		}
		form.addEventListener('change', () => {
			this.#apply();
			this.#remember();
		});
		form.addEventListener('submit', (event) => event.preventDefault());
		form.querySelector('[data-download]')?.addEventListener('click', () => this.#download());
		form.hidden = false;
		this.#apply();
	}

	#select(name: Filter): HTMLSelectElement | null {
		const element = this.#form?.elements.namedItem(name);
		return element instanceof HTMLSelectElement ? element : null;
	}

	#values(): Record<Filter, string> {
		const value = (name: Filter) => this.#select(name)?.value ?? '';
		return { level: value('level'), year: value('year'), jurisdiction: value('jurisdiction') };
	}

	/** Hide every cell of a column whose header does not match all chosen values. */
	#apply(): void {
		const wanted = this.#values();
		const headers = [...this.querySelectorAll<HTMLElement>('thead th[data-col]')];
		const shown = headers.filter((th) =>
			FILTERS.every((name) => wanted[name] === '' || th.dataset[name] === wanted[name]),
		);
		this.#visible = shown.map((th) => Number(th.dataset['col']));
		for (const cell of this.querySelectorAll<HTMLElement>('[data-col]')) {
			cell.hidden = !this.#visible.includes(Number(cell.dataset['col']));
		}
		const status = this.querySelector('[data-status-text]');
		if (status !== null) {
			status.textContent = (this.dataset['status'] ?? '')
				.replace('{shown}', String(shown.length))
				.replace('{total}', String(headers.length));
		}
	}

	/** Put the chosen values in the query, without adding a history entry per change. */
	#remember(): void {
		const url = new URL(window.location.href);
		for (const [name, value] of Object.entries(this.#values())) {
			if (value === '') url.searchParams.delete(name);
			else url.searchParams.set(name, value);
		}
		window.history.replaceState(window.history.state, '', url);
	}

	/** The first column (row labels) and the visible notices, as a CSV file download. */
	#download(): void {
		const rows = JSON.parse(this.querySelector('[data-rows]')?.textContent ?? '[]') as string[][];
		const csv = formatCsv(selectColumns(rows, [0, ...this.#visible.map((col) => col + 1)]));
		const link = document.createElement('a');
		link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
		const chosen = Object.values(this.#values()).filter((value) => value !== '');
		link.download = [this.dataset['file'] ?? 'matrix', ...chosen].join('-') + '.csv';
		link.click();
		setTimeout(() => URL.revokeObjectURL(link.href), 0);
	}
}

customElements.define('matrix-filter', MatrixFilter);
