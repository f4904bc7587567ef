/**
 * The bare name of a domain (领域), for showing it and for meeting its other spellings: calls
 * append 领域, 领域专项, 方面 or 专项 to the same field (农业农村领域, 司法行政领域专项, 服务业方面).
 */

// A name's own 标准化 stays (国际标准化领域 is 国际标准化).
const SUFFIXES = /(?:领域专项|领域|方面|专项)$/u;

/**
 * A domain name trimmed and without the suffix a call appends; a name that is nothing but a
 * suffix stays as written.
 * @param name A domain name as the notice writes it.
 * @example domainLabel('司法行政领域专项') // '司法行政'
 * @example domainLabel('领域') // '领域'
 */
export function domainLabel(name: string): string {
	const trimmed = name.trim();
	const bare = trimmed.replace(SUFFIXES, '').trim();
	return bare === '' ? trimmed : bare;
}
