/** Letters that Unicode does not decompose into a base letter plus an accent. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i' }

/**
 * Text as the app compares it when someone types it: compatibility forms decomposed (a PDF's
 * "ﬁ" ligature is "fi"), accents dropped ("São" is "sao", "Ålesund" "alesund"), letters without
 * a decomposition spelled plainly ("Tromsø" is "tromso"), lower case the same in every locale.
 * The one rule for find, filters, search, duplicate names and CSV column names alike.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøæœßđðþı]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
}
