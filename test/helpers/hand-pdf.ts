/**
 * Small PDFs written by hand, for shapes no printer here makes: a font that is not embedded and
 * has no Unicode map (STSong-Light with UniGB-UCS2-H, as older government PDFs have), and an
 * encrypted file.
 */

/** A PDF of the given objects (numbered from 1; 1 is the catalog) with a correct xref table. */
export function handPdf(objects: string[], trailer = ''): Uint8Array {
	let body = '%PDF-1.4\n';
	const offsets = objects.map((object, i) => {
		const at = body.length;
		body += `${i + 1} 0 obj\n${object}\nendobj\n`;
		return at;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(body);
}

/**
 * One page showing `text` in STSong-Light through the predefined CMap UniGB-UCS2-H: the PDF holds
 * only UCS-2 codes and CIDs, no font program and no ToUnicode map.
 */
export function stSongPdf(text: string): Uint8Array {
	const codes = [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
	const content = `BT /F1 14 Tf 50 700 Td <${codes}> Tj ET`;
	return handPdf([
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>',
		'<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
		'<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
		`<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
		'<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
	]);
}
