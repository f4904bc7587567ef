/**
 * A tiny domain taxonomy for tests, in the shape content/domains/*.yaml loads to.
 */
import type { DomainEntry } from '../../src/compare/types.ts';

const entry = (id: string, name: string, aliases: string[] = []): DomainEntry => ({
	id,
	name,
	aliases,
	focus: [],
});

export const taxonomy: DomainEntry[] = [
	entry('agriculture', '农业农村', ['农业', '智慧农业']),
	entry('high-tech', '高新技术', ['高技术', '科技创新']),
	entry('manufacturing', '制造业'),
	entry('international', '国际标准化'),
	entry('consumer-goods', '消费品'),
];
