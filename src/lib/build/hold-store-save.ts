/**
 * Keeps Astro from writing its content store while a loader is still loading. Astro saves the whole
 * store (serialized with devalue, the old file read back and compared) 500 ms after the last change
 * to it (SAVE_DEBOUNCE_MS in astro/dist/content/mutable-data-store.js, Astro 7.3), and saves it again
 * at the end of the sync. Reading 12,477 notices takes longer than that without a change, so a
 * rebuild paid for two saves of a store of some 200 MB, one of them in the middle of the loading.
 * Touching a meta key more often than that postpones the save to the end (issue 16).
 */
import type { LoaderContext } from 'astro/loaders';

/** Half the debounce, so a touch always comes first. */
const EVERY_MS = 250;
const KEY = 'loading';

/**
 * Holds the save until the returned function is called.
 * @param context The loader's context (its meta store).
 * @example const release = holdStoreSave(context); try { await load() } finally { release() }
 */
export function holdStoreSave({ meta }: LoaderContext): () => void {
	meta.set(KEY, 'yes');
	const timer = setInterval(() => meta.set(KEY, 'yes'), EVERY_MS);
	return () => {
		clearInterval(timer);
		meta.delete(KEY);
	};
}
