/**
 * The folders of the built site that hold the search index. index-site.ts writes only the files
 * of them that changed and removes the others (sync-folder.ts), so keep-outputs.ts leaves them
 * alone instead of removing every index file a rebuild did not write again.
 */
import { FRAGMENT_FOLDER } from '../search/literal-format.ts';

export const INDEX_FOLDERS = { pagefind: 'pagefind', literal: 'search/literal', fragments: FRAGMENT_FOLDER } as const;
