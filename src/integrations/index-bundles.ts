/**
 * Pagefind over bundles of pages, SERVICES bundles at a time, each in its own Pagefind service
 * process. One service cannot index two bundles at once: it answers its messages one after the
 * other (pagefind/src/service/mod.rs, "TODO: Handle incoming messages concurrently"), and the Node
 * API keeps a single service per module instance. So each slot imports its own instance of the
 * module (Node keeps one instance per URL, query included), and with it its own service. At about
 * 1 MB per Chinese page, two bundles of 2,000 pages take about 4 GB in two processes.
 */
import * as pagefind from 'pagefind';

/** Bundles indexed at once: one per core of the 2-core machine the budgets are measured on. */
export const SERVICES = 2;

/** One file Pagefind wrote for a bundle. */
export interface BundleFile {
	path: string;
	content: Uint8Array;
}

/** A page as Pagefind reads it. */
export interface HtmlPage {
	path: string;
	html: string;
}

type PagefindApi = typeof pagefind;

// The search page uses its own elements: Pagefind's bundled UIs are not shipped.
const UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\./u;

function check<T extends { errors: string[] }>(step: string, response: T): T {
	if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
	return response;
}

/** The Pagefind API of a slot: the first is the module itself, the others fresh instances of it. */
async function apiOf(slot: number): Promise<PagefindApi> {
	if (slot === 0) return pagefind;
	return (await import(`${import.meta.resolve('pagefind')}?service=${slot}`)) as PagefindApi;
}

/** Index one bundle of pages; returns the files Pagefind built for it (its UIs left out). */
async function indexBundle(api: PagefindApi, pages: readonly HtmlPage[]): Promise<BundleFile[]> {
	try {
		const { index } = check('createIndex', await api.createIndex({}));
		if (index === undefined) throw new Error('Pagefind createIndex returned no index');
		for (const page of pages) check(`addHTMLFile ${page.path}`, await index.addHTMLFile({ sourcePath: page.path, content: page.html }));
		return check('getFiles', await index.getFiles()).files.filter((file) => !UI.test(file.path));
	} finally {
		// Stops the service, which frees its memory before the slot's next bundle.
		await api.close();
	}
}

/**
 * Index bundles, `services` at a time.
 * @param bundles Each bundle's pages.
 * @param services How many service processes run at once.
 * @returns Each bundle's files, in the order of `bundles`.
 * @example (await indexBundles([pages]))[0].some((file) => file.path === 'pagefind-entry.json') // true
 */
export async function indexBundles(bundles: readonly (readonly HtmlPage[])[], services = SERVICES): Promise<BundleFile[][]> {
	const files: BundleFile[][] = [];
	let next = 0;
	const slot = async (number: number) => {
		const api = await apiOf(number);
		try {
			for (let i = next++; i < bundles.length; i = next++) files[i] = await indexBundle(api, bundles[i] ?? []);
		} catch (error) {
			// The other slots start no further bundle.
			next = bundles.length;
			throw error;
		}
	};
	await Promise.all(Array.from({ length: Math.min(services, bundles.length) }, (_, number) => slot(number)));
	return files;
}
