/**
 * /data/domains.json: the domain taxonomy, for the compare picker.
 */
import type { APIRoute } from 'astro';
import { loadTaxonomy } from '../../lib/domains/load-taxonomy.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await loadTaxonomy()), { headers: { 'Content-Type': 'application/json' } });
