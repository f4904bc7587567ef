/**
 * `<deadline-countdown>`: next to each deadline inside it (`[data-countdown="2026-06-30"]`), how
 * many days remain or have passed, counted from the reader's own today; the item around it
 * (`[data-deadline]`) gets `data-when="past|today|upcoming"` for styling, and the first dated item
 * not yet past gets `data-next`. The page is built without a date, so without script it lists
 * dates only. Labels come from the element's data attributes (zh-CN.json, via the component).
 */
import { countdown, localDate } from '../lib/countdown.ts';

const fill = (template: string | undefined, values: Record<string, string | number>): string =>
	(template ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

class DeadlineCountdown extends HTMLElement {
	connectedCallback(): void {
		const labels = this.dataset;
		const today = localDate(new Date());
		const formatDate = (iso: string) => {
			const [year, month, day] = iso.split('-').map(Number);
			return fill(labels['date'], { year: year ?? '', month: month ?? '', day: day ?? '' });
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
		const summary = this.querySelector<HTMLElement>('[data-countdown-summary]');
		if (summary !== null) {
			summary.textContent = fill(labels['summary'], { date: formatDate(today), ...tally });
			summary.hidden = false;
		}
	}
}

customElements.define('deadline-countdown', DeadlineCountdown);
