/**
 * "a" or "an" before a name, by how the name is said: "an Adyen key", "a GitHub token", "an AWS key"
 * (A is said "ay"), "an npm token" ("en-pee-em"), "a 1Password token" ("one").
 */

/** Letters whose names start with a vowel sound when a word is spelled out: "an F", "an SSH key". */
const VOWEL_SOUND_LETTERS = new Set('AEFHILMNORSX');
/** Words that start with a vowel letter but a consonant sound: "a unit", "a user", "a one-time token". */
const CONSONANT_SOUND_START = /^(?:[Uu]ni(?![mn])|[Uu]s[eu]|[Uu]ti|[Uu]ra|[Ee]u|[Ee]we|[Oo]ne(?![a-z]))/;
/** Words that start with a silent h: "an hour". */
const SILENT_H = /^(?:hour|honest|honou?r|heir)/i;

/** "a" or "an" for the phrase that follows it. */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const word = /^[\p{L}\p{N}]+/u.exec(phrase.trim())?.[0] ?? '';
  if (!word) return 'a';
  if (/^\d/.test(word)) return /^(?:8|11|18)(?!\d)|^8\d*$/.test(word) ? 'an' : 'a';
  if (isSpelledOut(word)) return VOWEL_SOUND_LETTERS.has(word[0]!.toUpperCase()) ? 'an' : 'a';
  if (SILENT_H.test(word)) return 'an';
  if (CONSONANT_SOUND_START.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** `phrase` after its article, with the article capitalised when `isSentenceStart`. */
export function withIndefiniteArticle(phrase: string, isSentenceStart = false): string {
  const article = indefiniteArticle(phrase);
  return `${isSentenceStart ? article[0]!.toUpperCase() + article.slice(1) : article} ${phrase}`;
}

/**
 * Whether a word is said letter by letter: an initialism in capitals ("AWS", "IBM", "SSH"), one
 * with a lowercase lead ("xAI"), a single letter ("X"), or a word without vowels ("npm").
 */
function isSpelledOut(word: string): boolean {
  if (word.length === 1) return true;
  // All capitals and no vowel second (AWS, IBM, JSON; not NASA, which is said as a word).
  if (/^[A-Z]{2,}$/.test(word) && !/^.[AEIOU]/.test(word)) return true;
  if (/^[a-z][A-Z]/.test(word)) return true;
  return !/[aeiouy]/i.test(word);
}
