/**
 * Small PDFs written by hand, for shapes no printer here makes: a font that is not embedded and
 * has no Unicode map (STSong-Light with UniGB-UCS2-H, as older government PDFs have; MSung-Light
 * with UniCNS-UCS2-H in traditional Chinese), and an encrypted file.
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

/** A font that is not embedded: its name, predefined CMap and CID ordering (Adobe's GB1, CNS1). */
export interface CidFont {
	name: string;
	encoding: string;
	ordering: string;
	supplement: number;
}

/** STSong-Light through UniGB-UCS2-H, as older mainland government PDFs name it. */
export const ST_SONG: CidFont = { name: 'STSong-Light', encoding: 'UniGB-UCS2-H', ordering: 'GB1', supplement: 4 };

/** MSung-Light through UniCNS-UCS2-H: the traditional-Chinese counterpart (Adobe-CNS1). */
export const M_SUNG: CidFont = { name: 'MSung-Light', encoding: 'UniCNS-UCS2-H', ordering: 'CNS1', supplement: 6 };

/**
 * One page showing `text` in a font that is not embedded, through a predefined UCS-2 CMap: the
 * PDF holds only UCS-2 codes and CIDs, no font program and no ToUnicode map.
 */
export function cidFontPdf(text: string, font: CidFont): Uint8Array {
	const codes = [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
	const content = `BT /F1 14 Tf 50 700 Td <${codes}> Tj ET`;
	return handPdf([
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>',
		`<< /Type /Font /Subtype /Type0 /BaseFont /${font.name} /Encoding /${font.encoding} /DescendantFonts [5 0 R] >>`,
		`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${font.name} /CIDSystemInfo << /Registry (Adobe) /Ordering (${font.ordering}) /Supplement ${font.supplement} >> /FontDescriptor 7 0 R /DW 1000 >>`,
		`<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
		`<< /Type /FontDescriptor /FontName /${font.name} /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`,
	]);
}

/** One page showing `text` in STSong-Light through UniGB-UCS2-H (see cidFontPdf). */
export const stSongPdf = (text: string): Uint8Array => cidFontPdf(text, ST_SONG);
