/**
 * `<compare-picker>`: compare any two notices in the browser. It reads the pair from the URL
 * (?a=…&b=…), fetches both notices' JSON and the taxonomy, and lets a Web Worker compare and
 * render them, so the page stays responsive; the result goes into the `<notice-diff>` inside.
 */
import type { CompareRequest, CompareResponse } from '../compare/worker.ts';
import type { CompareDoc, DomainEntry } from '../compare/types.ts';

class ComparePicker extends HTMLElement {
	#worker: Worker | undefined;
	#run = 0;
	#pending = new Map<number, (response: CompareResponse) => void>();

	connectedCallback(): void {
		const form = this.querySelector('form');
		if (form === null) return;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const data = new FormData(form);
			const url = new URL(location.href);
			url.searchParams.set('a', String(data.get('a')));
			url.searchParams.set('b', String(data.get('b')));
			history.pushState(null, '', url);
			void this.compareFromUrl();
		});
		addEventListener('popstate', () => void this.compareFromUrl());
		void this.#fillOptions().then(() => this.compareFromUrl());
	}

	/**
	 * Both lists get every notice, from /data/compare.json, after an empty choice: nothing is
	 * compared before the reader picks two. A long title is cut off in the box; its full text is
	 * the option's and the box's tooltip.
	 */
	async #fillOptions(): Promise<void> {
		try {
			const options = await this.#json<[string, string][]>(this.dataset['options'] ?? '');
			for (const name of ['a', 'b']) {
				const select = this.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
				if (select === null) continue;
				const items = options.map(([id, label]) => Object.assign(new Option(label, id), { title: label }));
				select.replaceChildren(new Option(this.dataset['choose'] ?? '', ''), ...items);
				select.addEventListener('change', () => (select.title = select.selectedOptions[0]?.title ?? ''));
			}
		} catch (error) {
			this.#status((this.dataset['failed'] ?? '{reason}').replace('{reason}', (error as Error).message));
		}
	}

	/** Compare the pair the URL names, if it names one. */
	async compareFromUrl(): Promise<void> {
		const params = new URLSearchParams(location.search);
		const a = params.get('a');
		const b = params.get('b');
		if (a === null || b === null) return;
		this.#select('a', a);
		this.#select('b', b);
		if (a === b) return this.#status(this.dataset['same'] ?? '');
		const run = ++this.#run;
		this.#status(this.dataset['loading'] ?? '');
		try {
			const [docA, docB, taxonomy] = await Promise.all([this.#doc(a), this.#doc(b), this.#json<DomainEntry[]>(this.dataset['taxonomy'] ?? '')]);
			const response = await this.#compare({ a: docA, b: docB, taxonomy });
			if (run !== this.#run) return;
			if (!response.ok) throw new Error(response.error);
			this.#show(response.html);
			this.#status('');
		} catch (error) {
			if (run === this.#run) this.#status((this.dataset['failed'] ?? '{reason}').replace('{reason}', (error as Error).message));
		}
	}

	#select(name: string, id: string): void {
		const select = this.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
		if (select === null || ![...select.options].some((o) => o.value === id)) return;
		select.value = id;
		select.title = select.selectedOptions[0]?.title ?? '';
	}

	async #doc(id: string): Promise<CompareDoc> {
		try {
			return await this.#json<CompareDoc>(`${this.dataset['docs'] ?? ''}${encodeURIComponent(id)}.json`);
		} catch {
			throw new Error((this.dataset['unknown'] ?? '{id}').replace('{id}', id));
		}
	}

	async #json<T>(url: string): Promise<T> {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${response.status} ${url}`);
		return (await response.json()) as T;
	}

	#compare(request: Omit<CompareRequest, 'id'>): Promise<CompareResponse> {
		if (this.#worker === undefined) {
			this.#worker = new Worker(new URL('../compare/worker.ts', import.meta.url), { type: 'module' });
			this.#worker.addEventListener('message', (event: MessageEvent<CompareResponse>) => {
				this.#pending.get(event.data.id)?.(event.data);
				this.#pending.delete(event.data.id);
			});
		}
		const worker = this.#worker;
		const id = this.#run;
		return new Promise((resolve) => {
			this.#pending.set(id, resolve);
			worker.postMessage({ ...request, id });
		});
	}

	#show(html: string): void {
		const diff = this.querySelector<HTMLElement & { refresh?: () => void }>('notice-diff');
		const output = diff?.querySelector('.cmp-output');
		if (diff === undefined || diff === null || output === null || output === undefined) return;
		// The HTML comes from our own renderer, which escapes every text and attribute value.
		output.innerHTML = html;
		diff.refresh?.();
	}

	#status(text: string): void {
		const status = this.querySelector('.picker-status');
		if (status !== null) status.textContent = text;
	}
}

if (customElements.get('compare-picker') === undefined) customElements.define('compare-picker', ComparePicker);
