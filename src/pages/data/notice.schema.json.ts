/**
 * /data/notice.schema.json: the JSON Schema (draft 2020-12) of one notice record, generated from
 * the zod schema.
 */
import type { APIRoute } from 'astro';
import { dataResponse, formatJson } from '../../lib/exports/open-data.ts';
import { noticeJsonSchema } from '../../schemas/notice-json-schema.ts';

export const GET: APIRoute = () =>
	dataResponse(formatJson(noticeJsonSchema()), 'application/schema+json');
