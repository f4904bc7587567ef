/**
 * A shard file's bytes as fetched → its entries' bytes: gunzip unless the server already did
 * (Content-Encoding), then check and drop the signature. Pagefind's fragment files are stored the
 * same way under their own signature (`pagefind_dcd`), so the search page reads them with this too.
 */
import { SIGNATURE } from '../literal-format.ts';

const encoder = new TextEncoder();

const startsWith = (bytes: Uint8Array, signature: Uint8Array) => signature.every((byte, i) => bytes[i] === byte);

/**
 * Inflate one shard file.
 * @param bytes The file as fetched.
 * @param name For the error message.
 * @param signature The text the inflated file starts with: the literal index's by default.
 * @example await inflateShard(gzipped, 'post-3.bin') // the entries, signature removed
 */
export async function inflateShard(bytes: Uint8Array, name: string, signature = SIGNATURE): Promise<Uint8Array> {
	const expected = encoder.encode(signature);
	let inflated = bytes;
	if (!startsWith(bytes, expected)) {
		// Written to the stream directly, not through a Blob: in a CPU profile of a fresh page's first
		// query at 12,477 notices (10 fragments and a few shards inflated) the Blob constructor alone
		// was 16 of 256 ms of Chromium's main thread.
		const gunzip = new DecompressionStream('gzip');
		const writer = gunzip.writable.getWriter();
		// A damaged file fails the read below; these promises fail with it and are not awaited.
		writer.write(bytes as BufferSource).catch(() => undefined);
		writer.close().catch(() => undefined);
		inflated = new Uint8Array(await new Response(gunzip.readable).arrayBuffer());
	}
	if (!startsWith(inflated, expected)) {
		throw new Error(`Cannot read search index file \`${name}\`, expected it to start with \`${signature.trim()}\``);
	}
	return inflated.subarray(expected.length);
}
