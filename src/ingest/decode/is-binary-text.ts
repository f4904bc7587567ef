/**
 * Decides whether decoded text is really binary content. Strict decoding alone is not enough:
 * GB18030 accepts most byte sequences, and UTF-16 decodes any even number of bytes.
 */

/** Share of suspicious code units above which decoded text counts as binary. */
const MAX_SUSPICIOUS_SHARE = 0.05;

// C0 controls except \t \n \r \f (which plain text uses: \f is pdftotext's page break), DEL and
// C1 controls, U+FFFD (an earlier lossy conversion) and the private use area (glyphs a PDF font
// had no Unicode mapping for).
const SUSPICIOUS = /[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]/g;

/**
 * Tells whether decoded text holds a NUL or a high share of controls, U+FFFD or private-use
 * characters, which real notices never do.
 * @param text Text decoded from a source file.
 * @returns `true` when the file should be refused as binary.
 */
export function isBinaryText(text: string): boolean {
	if (text.length === 0) return false;
	if (text.includes('\0')) return true;
	const suspicious = text.length - text.replace(SUSPICIOUS, '').length;
	return suspicious / text.length > MAX_SUSPICIOUS_SHARE;
}
