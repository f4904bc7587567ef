/**
 * The domain taxonomy as pages use it: the `domains` collection (content/domains/*.yaml) in the
 * shape the matcher takes, sorted by id.
 */
import { getCollection } from 'astro:content';
import type { DomainEntry } from '../../compare/types.ts';

async function read(): Promise<DomainEntry[]> {
	const entries = await getCollection('domains');
	return entries
		.map((entry) => ({ id: entry.id, ...entry.data }))
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// One taxonomy per build, so what is computed once per taxonomy (each notice's effective facts,
// its hash in page keys) is computed once; `astro dev` reads it on every call.
let built: Promise<DomainEntry[]> | undefined;

/** Every canonical domain, id = file name (in a build, the same array on every call: not to be changed). */
export function loadTaxonomy(): Promise<DomainEntry[]> {
	if (!import.meta.env.SITE_BUILD) return read();
	built ??= read();
	return built;
}
