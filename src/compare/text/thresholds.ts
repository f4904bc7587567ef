/**
 * The similarity thresholds of the text comparison, in one place so they are tuned together. All
 * are Dice coefficients over character bigrams (../similarity.ts), punctuation ignored. The figures
 * quoted were measured across the six notices in content/notices (no two share an issuer and year,
 * so their best matches are the "look-alike but different" cases a threshold must reject).
 */

/**
 * Two headings name the same section. Numbers and years are stripped first, so this only absorbs
 * rewording: 申报程序和要求 / 申报程序及要求 score 0.67. Four-character headings sharing a word
 * (申报条件 / 申报方式) score 0.33, the closest unrelated pair (重点项目 / 试点项目建设) 0.5.
 */
export const HEADING_MATCH = 0.6;

/**
 * Two sections hold the same text though their headings differ (renamed, or out of place). Sections
 * of different notices top out at 0.47 (two conditions lists: 申报条件 / 试点单位的基本条件), as
 * they all speak of 标准化试点 and 申报; a renamed section over edited text stays well above 0.5.
 */
export const CONTENT_MATCH = 0.5;

/**
 * Two sentences, at the same place in aligned sections, are one sentence reworded and get a word
 * redline instead of a removal and an addition. For 86 % of the real notices' sentences no sentence
 * of another notice scores 0.3; the 0.3–0.6 band mixes rewordings (三年内未发生重大质量… 0.47,
 * 联系人 lines 0.51–0.58) with short title-like false friends (…试点项目实施方案 / …试点项目申报书
 * 0.57), so pairing is only tried between sentences at the same place. Above half the bigrams a
 * redline still reads; below, a removal plus an addition reads better. A changed number costs 2–3
 * bigrams, so short clauses fall fast: 不超过3个 / 不超过5个 is exactly 0.5 and still pairs.
 */
export const CHANGE_MATCH = 0.5;

/** A sentence removed in one place and added in another is the same sentence moved (nearly verbatim). */
export const MOVE_MATCH = 0.9;

/** Half-width of the band of candidates scored when pairing long runs of sentences. */
export const PAIR_BAND = 20;
