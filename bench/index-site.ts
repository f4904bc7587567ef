/**
 * `node bench/index-site.ts DIST [SERVICES]`: index an already built site, alone (Pagefind and the
 * literal index, as astro:build:done does), so the search benchmark can time it and watch its
 * memory; SERVICES Pagefind processes at once (default 2).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { indexSite } from '../src/integrations/index-site.ts';

const [out, services] = process.argv.slice(2);
if (out === undefined) throw new Error('Cannot index without a folder, expected `index-site.ts DIST`');
rmSync(join(out, 'pagefind'), { recursive: true, force: true });
rmSync(join(out, 'search', 'literal'), { recursive: true, force: true });
rmSync(join(out, 'search', 'fragments'), { recursive: true, force: true });
await indexSite(out, (line) => console.log(line), services === undefined ? {} : { services: Number(services) });
