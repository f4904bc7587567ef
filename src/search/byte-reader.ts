/**
 * Reads what ByteWriter wrote: LEB128 varints, length-prefixed UTF-16 strings, raw bytes.
 */
export class ByteReader {
	readonly #bytes: Uint8Array;
	/** Offset of the next byte to read. */
	offset: number;

	constructor(bytes: Uint8Array, offset = 0) {
		this.#bytes = bytes;
		this.offset = offset;
	}

	/** True once every byte has been read. */
	get done(): boolean {
		return this.offset >= this.#bytes.length;
	}

	/**
	 * Read one varint.
	 * @example new ByteReader(Uint8Array.of(0xac, 0x02)).varint() // 300
	 */
	varint(): number {
		let value = 0;
		let scale = 1;
		for (;;) {
			const byte = this.#bytes[this.offset++];
			if (byte === undefined) throw new RangeError('Cannot read a varint past the end of a shard');
			value += (byte & 0x7f) * scale;
			if (byte < 0x80) return value;
			scale *= 0x80;
		}
	}

	/**
	 * Move past `count` varints without decoding them.
	 * @example const reader = new ByteReader(Uint8Array.of(0xac, 0x02, 7)); reader.skip(1); reader.varint() // 7
	 */
	skip(count: number): void {
		for (let left = count; left > 0; ) {
			const byte = this.#bytes[this.offset++];
			if (byte === undefined) throw new RangeError('Cannot skip a varint past the end of a shard');
			if (byte < 0x80) left--;
		}
	}

	/** Read a string written by ByteWriter.string. */
	string(): string {
		const length = this.varint();
		let text = '';
		for (let i = 0; i < length; i++) text += String.fromCharCode(this.varint());
		return text;
	}

	/** Read `length` raw bytes (a view, not a copy). */
	bytes(length: number): Uint8Array {
		const view = this.#bytes.subarray(this.offset, this.offset + length);
		this.offset += length;
		return view;
	}
}
