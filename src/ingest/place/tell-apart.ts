/**
 * Telling apart places that share a name (和平区 in 天津市 and in 沈阳市) by the other places a
 * notice names: its address, its 各区 list, the city it writes of. Only a place whose city or
 * province the text names survives; when none or several do, the name stays ambiguous, since a
 * guess would file the notice under the wrong city's page.
 */
import { type Place, placePath, shortName } from './divisions.ts';

// 沈阳市 or 沈阳: texts drop the ending as often as they keep it (沈阳地区, 辽宁全省).
function isNamed(place: Place, text: string): boolean {
	const short = shortName(place.name);
	return text.includes(place.name) || (short !== null && text.includes(short));
}

/**
 * The places among `places` whose enclosing places `text` names.
 * @param places Places of one shared name.
 * @param text What else the notice says.
 * @example tellApart([heping天津, heping沈阳], '地址：沈阳市和平区南京北街') // [heping沈阳]
 */
export function tellApart(places: readonly Place[], text: string): Place[] {
	return places.filter((place) => placePath(place).slice(0, -1).some((above) => isNamed(above, text)));
}
