/**
 * `<deadline-countdown>`: next to each deadline inside it (`[data-countdown="2026-06-30"]`), how
 * many days remain or have passed, counted from today in China (UTC+8); the item around it
 * (`[data-deadline]`) gets `data-when="past|today|upcoming"` for styling, and the first dated item
 * not yet past gets `data-next`. With `data-upcoming-first` (/deadlines/) the dated items are
 * regrouped: upcoming, nearest first; then the yearly ones; then past ones, latest first. The page is built without a date, so without script it lists
 * dates only. Labels come from the element's data attributes (zh-CN.json, via the component).
 */
import { countdown } from '../lib/deadlines/countdown.ts';
import { dateParts } from '../text/date-patterns.ts';
import { today as todayInChina } from '../text/today.ts';

const fill = (template: string | undefined, values: Record<string, string | number>): string =>
	(template ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

/** A titled list of deadline items, as DeadlineSections renders a year's. */
function section(id: string, title: string | undefined, items: readonly Element[]): HTMLElement {
	const group = Object.assign(document.createElement('section'), { className: 'group' });
	group.setAttribute('aria-labelledby', id);
	const list = Object.assign(document.createElement('ol'), { className: 'timeline' });
	list.append(...items);
	group.append(Object.assign(document.createElement('h2'), { id, textContent: title ?? '' }), list);
	return group;
}

class DeadlineCountdown extends HTMLElement {
	connectedCallback(): void {
		const labels = this.dataset;
		// Deadlines are dates in China: a call closes at the end of that day in Beijing, wherever the
		// reader is (issue 15; search's 申报中 counts the same way).
		const today = todayInChina();
		// The template is format-date's 'date.full', passed in by the page so the string table
		// stays out of the script.
		const formatDate = (iso: string) => {
			const parts = dateParts(iso);
			return fill(labels['date'], { year: parts?.year ?? '', month: parts?.month ?? '', day: parts?.day ?? '' });
		};
		const tally = { past: 0, upcoming: 0 };
		let next: Element | null = null;
		for (const slot of this.querySelectorAll<HTMLElement>('[data-countdown]')) {
			const date = slot.dataset['countdown'] ?? '';
			const { when, days, on } = countdown(date, today);
			const left = fill(labels[when], { days });
			const yearly = date.startsWith('--');
			slot.textContent = yearly ? fill(labels['nextOn'], { date: formatDate(on), left }) : left;
			slot.dataset['when'] = when;
			const item = slot.closest('[data-deadline]');
			item?.setAttribute('data-when', when);
			if (yearly) continue;
			tally[when === 'past' ? 'past' : 'upcoming'] += 1;
			if (when !== 'past' && next === null) next = item;
		}
		next?.setAttribute('data-next', '');
		if (this.hasAttribute('data-upcoming-first')) this.#upcomingFirst();
		const summary = this.querySelector<HTMLElement>('[data-countdown-summary]');
		if (summary !== null) {
			summary.textContent = fill(labels['summary'], { date: formatDate(today), ...tally });
			summary.hidden = false;
		}
	}

	/**
	 * What comes next first (issue 15): the dated deadlines not yet past, nearest first, then the
	 * yearly ones, then those past, latest first. Built pages list dates in order (no build date);
	 * this reorders them once today is known, and drops the year sections they came from.
	 */
	#upcomingFirst(): void {
		const dated = [...this.querySelectorAll<HTMLElement>('[data-deadline]')].filter((item) => item.querySelector('[data-countdown^="--"]') === null);
		const first = dated[0]?.closest('section.group');
		if (first === null || first === undefined) return;
		const years = new Set(dated.map((item) => item.closest('section.group')));
		const upcoming = section('timeline-upcoming', this.dataset['upcomingHeading'], dated.filter((item) => item.dataset['when'] !== 'past'));
		const past = section('timeline-past', this.dataset['pastHeading'], dated.filter((item) => item.dataset['when'] === 'past').reverse());
		first.before(upcoming);
		(this.querySelector('#timeline-yearly')?.closest('section.group') ?? upcoming).after(past);
		for (const group of [...years, upcoming, past]) if (group !== null && group.querySelector('[data-deadline]') === null) group.remove();
	}
}

customElements.define('deadline-countdown', DeadlineCountdown);
