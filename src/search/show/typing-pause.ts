/**
 * How long the search page waits after an input before it searches: a whole word committed (an
 * input method's commit, a paste, a word inserted at once) is searched almost at once, one typed
 * letter or digit after a pause that skips searches between keystrokes, and text still being
 * composed (the pinyin an input method shows before its commit) not at all: its compositionend
 * searches the committed word.
 */

/** Between keystrokes of a fast typist (about 100–150 ms apart): search when typing stops. */
export const KEYSTROKE_PAUSE_MS = 100;
/**
 * After a committed word: long enough to take in a burst of inputs that arrive together (a phrase
 * committed in pieces, dictation, a test driver's word and space), far shorter than a reader picks
 * the next candidate word, so no search is skipped that a reader would see.
 */
export const COMMIT_PAUSE_MS = 40;

/** The parts of an input event that decide the pause. */
export interface TypedInput {
	data: string | null;
	inputType: string;
	isComposing: boolean;
}

const COMMITS = new Set(['insertCompositionText', 'insertFromPaste', 'insertFromDrop', 'insertReplacementText']);
// One letter, digit, space or ASCII sign: a keystroke of a word typed letter by letter.
const KEYSTROKE = /^[\x20-\x7e]$/u;

/**
 * The pause before searching after this input, or null while an input method is composing.
 * @example typingPause({ data: '标准', inputType: 'insertText', isComposing: false }) // 40
 * @example typingPause({ data: 'b', inputType: 'insertText', isComposing: false }) // 100
 * @example typingPause({ data: 'biao', inputType: 'insertCompositionText', isComposing: true }) // null
 */
export function typingPause(input: TypedInput): number | null {
	if (input.isComposing) return null;
	// Composed text arriving after compositionend (Firefox fires its input event then) is a commit.
	if (COMMITS.has(input.inputType)) return COMMIT_PAUSE_MS;
	if (input.data !== null && input.data !== '' && !KEYSTROKE.test(input.data)) return COMMIT_PAUSE_MS;
	return KEYSTROKE_PAUSE_MS;
}

/**
 * Whether the input committed a word whose index shards are worth fetching during the pause.
 * @example isCommittedWord({ data: '标准', inputType: 'insertText', isComposing: false }) // true
 */
export function isCommittedWord(input: TypedInput): boolean {
	return typingPause(input) === COMMIT_PAUSE_MS;
}
