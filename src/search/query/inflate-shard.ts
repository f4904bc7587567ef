/**
 * A shard file's bytes as fetched → its entries' bytes: gunzip unless the server already did
 * (Content-Encoding), then check and drop the signature.
 */
import { SIGNATURE } from '../literal-format.ts';

const signature = new TextEncoder().encode(SIGNATURE);

const startsWithSignature = (bytes: Uint8Array) => signature.every((byte, i) => bytes[i] === byte);

/**
 * Inflate one shard file.
 * @param bytes The file as fetched.
 * @param name For the error message.
 * @example await inflateShard(gzipped, 'post-3.bin') // the entries, signature removed
 */
export async function inflateShard(bytes: Uint8Array, name: string): Promise<Uint8Array> {
	let inflated = bytes;
	if (!startsWithSignature(bytes)) {
		const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
		inflated = new Uint8Array(await new Response(stream).arrayBuffer());
	}
	if (!startsWithSignature(inflated)) {
		throw new Error(`Cannot read search index file \`${name}\`, expected it to start with \`${SIGNATURE.trim()}\``);
	}
	return inflated.subarray(signature.length);
}
