/**
 * Which shard file holds a gram: FNV-1a over its UTF-16 units, the same in Node and the browser.
 */

/**
 * The 32-bit FNV-1a hash of a string's UTF-16 units.
 * @param text A gram.
 * @example gramHash('标准') // 3006897888
 */
export function gramHash(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/**
 * The shard of a gram among `count` shards.
 * @param text A gram.
 * @param count How many shards the index has of this kind (from the manifest).
 * @example shardOf('标准', 1) // 0
 */
export function shardOf(text: string, count: number): number {
	return gramHash(text) % count;
}
