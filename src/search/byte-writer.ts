/**
 * A growable byte buffer for the literal index's shard files: unsigned LEB128 varints and strings
 * as a length followed by their UTF-16 units.
 */
export class ByteWriter {
	#bytes = new Uint8Array(1024);
	#length = 0;

	/** Bytes written so far. */
	get length(): number {
		return this.#length;
	}

	/**
	 * Append one unsigned integer (< 2^53) as a LEB128 varint.
	 * @example new ByteWriter().varint(300) // writes 0xac 0x02
	 */
	varint(value: number): this {
		this.#reserve(8);
		let rest = value;
		while (rest >= 0x80) {
			this.#bytes[this.#length++] = (rest % 0x80) | 0x80;
			rest = Math.floor(rest / 0x80);
		}
		this.#bytes[this.#length++] = rest;
		return this;
	}

	/** Append a string: its length in UTF-16 units, then each unit as a varint. */
	string(text: string): this {
		this.varint(text.length);
		for (let i = 0; i < text.length; i++) this.varint(text.charCodeAt(i));
		return this;
	}

	/** Append raw bytes. */
	bytes(bytes: Uint8Array): this {
		this.#reserve(bytes.length);
		this.#bytes.set(bytes, this.#length);
		this.#length += bytes.length;
		return this;
	}

	/** The bytes written, as a copy. */
	finish(): Uint8Array {
		return this.#bytes.slice(0, this.#length);
	}

	#reserve(extra: number): void {
		if (this.#length + extra <= this.#bytes.length) return;
		const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + extra));
		grown.set(this.#bytes.subarray(0, this.#length));
		this.#bytes = grown;
	}
}
