/**
 * The HTML id of a fact's sentence in a notice page: the record array it comes from and its index
 * there (`deadlines[1]` -> `deadline-1`). Ingest writes it into the MDX, the page links to it, so
 * the record needs no extra field.
 * @example factId('deadline', 1) // 'deadline-1'
 */
export function factId(kind: string, index: number): string {
	return `${kind}-${index}`;
}
