/**
 * The name a domain is grouped under across notices, until a real taxonomy exists.
 */

// What a call appends to a field's name (农业农村领域, 司法行政领域专项, 服务业方面).
const SUFFIXES = ['领域专项', '领域', '方面'];

/**
 * Strip a trailing 领域 / 领域专项 / 方面, so 农业农村 and 农业农村领域 meet on one page.
 * A name that is nothing but a suffix stays as written.
 * @param name A domain name as the notice writes it.
 * @example normalizeDomainName('司法行政领域专项') // '司法行政'
 */
export function normalizeDomainName(name: string): string {
	const trimmed = name.trim();
	const suffix = SUFFIXES.find((s) => trimmed.endsWith(s) && trimmed.length > s.length);
	return suffix === undefined ? trimmed : trimmed.slice(0, -suffix.length).trim();
}
