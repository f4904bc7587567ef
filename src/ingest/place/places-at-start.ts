/**
 * The place a body's name starts with, read down the division tree: 辽宁省沈阳市和平区市场监督管理局
 * is 辽宁省, then 沈阳市 within it, then 和平区 within that. Each step takes the longest name that
 * fits under the place before it, so a name shared across the country (和平区) is told apart by the
 * places written before it, and stays several places when nothing is.
 */
import { LONGEST_NAME, type Place, type PlaceName, placesNamed } from './divisions.ts';

/** A place found at the start of a text, and where its name ends. */
export interface PlaceAt {
	place: Place;
	end: number;
}

const isWithin = (place: Place, above: Place): boolean =>
	place.parent !== null && (place.parent === above || isWithin(place.parent, above));

// First in a name: any full name, or a province's short form (江苏南通). After a place: only places
// inside it (a county may follow its province directly: 江苏省昆山市), short forms after a province.
function fits({ place, short }: PlaceName, above: Place | null): boolean {
	if (above === null) return !short || place.level === 'provincial';
	return isWithin(place, above) && (!short || above.level === 'provincial');
}

function walk(text: string, from: number, above: Place | null): PlaceAt[] {
	for (let length = Math.min(LONGEST_NAME, text.length - from); length >= 2; length--) {
		const named = placesNamed(text.slice(from, from + length)).filter((entry) => fits(entry, above));
		if (named.length === 0) continue;
		return named.flatMap(({ place }) => {
			const deeper = walk(text, from + length, place);
			return deeper.length > 0 ? deeper : [{ place, end: from + length }];
		});
	}
	return [];
}

/**
 * The deepest places a text starts with: none, one, or several when a shared name is not told
 * apart by what comes before it.
 * @param text A body's name, such as an issuer.
 * @example placesAtStart('沈阳市和平区市场监督管理局').map((p) => p.place.parent?.name) // ['沈阳市']
 * @example placesAtStart('和平区市场监督管理局').length // 2 (天津市 and 沈阳市)
 */
export function placesAtStart(text: string): PlaceAt[] {
	const found = walk(text, 0, null);
	return found.filter((at, i) => found.findIndex((other) => other.place === at.place) === i);
}
