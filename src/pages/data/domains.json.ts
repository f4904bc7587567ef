/**
 * /data/domains.json: the domain taxonomy, for the compare picker.
 */
import type { APIRoute } from 'astro';
import { loadDomains } from '../../lib/compare-docs.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await loadDomains()), { headers: { 'Content-Type': 'application/json' } });
