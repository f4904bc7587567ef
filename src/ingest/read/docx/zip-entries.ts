/**
 * Reads the entries of a zip (a DOCX) from its central directory, refusing one whose entries
 * unpack to more than MAX_UNPACKED_BYTES before anything is inflated, and inflating each entry
 * with a cap on its output, so a zip bomb that lies about its sizes is stopped too. mammoth
 * unpacks the file again with its own zip reader (jszip), which trusts no size: `checkEntries`
 * inflates every entry under its cap first, so whatever mammoth unpacks fits the limit.
 */
import { inflateRawSync } from 'node:zlib';
import { bilingual, IngestError } from '../../errors.ts';
import { MAX_UNPACKED_BYTES } from '../limits.ts';

/** One entry as the central directory lists it. */
interface ZipEntry {
	method: number;
	compressedSize: number;
	size: number;
	offset: number;
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

const corrupt = (file: string) => new IngestError(file, bilingual('Word 文件（.docx）损坏或不完整：请重新下载原文件', 'corrupt or truncated Word file (.docx): download the file again'));

/** The entries of a zip by name. */
export function zipEntries(bytes: Uint8Array, file: string): Map<string, ZipEntry> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The end record is in the last 64 KiB + 22 bytes (its comment is at most 64 KiB).
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (view.getUint32(i, true) === END_SIGNATURE) {
			end = i;
			break;
		}
	}
	if (end < 0) throw corrupt(file);
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const entries = new Map<string, ZipEntry>();
	let unpacked = 0;
	for (let n = 0; n < count; n++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw corrupt(file);
		const nameLength = view.getUint16(at + 28, true);
		const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
		const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
		const entry = { method: view.getUint16(at + 10, true), compressedSize: view.getUint32(at + 20, true), size: view.getUint32(at + 24, true), offset: view.getUint32(at + 42, true) };
		unpacked += entry.size;
		entries.set(name, entry);
		at += 46 + skip;
	}
	if (unpacked > MAX_UNPACKED_BYTES) {
		const mib = (size: number) => `${Math.ceil(size / 1024 / 1024)} MB`;
		throw new IngestError(file, bilingual(`压缩包解压后过大（${mib(unpacked)}，上限 ${mib(MAX_UNPACKED_BYTES)}）：请确认选对了文件`, `zip unpacks too large (${mib(unpacked)}, limit ${mib(MAX_UNPACKED_BYTES)}): check the file`));
	}
	return entries;
}

/** The unpacked bytes of one entry, or undefined when the zip has no such entry. */
export function zipEntry(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string, file: string): Uint8Array | undefined {
	const entry = entries.get(name);
	if (!entry) return undefined;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== LOCAL_SIGNATURE) throw corrupt(file);
	const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
	const data = bytes.subarray(start, start + entry.compressedSize);
	if (data.length < entry.compressedSize) throw corrupt(file);
	if (entry.method === 0) return data;
	if (entry.method !== 8) throw corrupt(file);
	try {
		// The listed size is a claim; the cap makes inflating stop at it even if the data lies.
		return new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) }));
	} catch {
		throw corrupt(file);
	}
}

/**
 * Refuses a zip any of whose entries inflates past the size its directory states (a zip bomb
 * that lies), inflating one entry at a time and keeping nothing.
 * @throws {IngestError} The corrupt-file refusal.
 */
export function checkEntries(bytes: Uint8Array, entries: Map<string, ZipEntry>, file: string): void {
	for (const name of entries.keys()) zipEntry(bytes, entries, name, file);
}
