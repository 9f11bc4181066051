const ARABIC = /\p{Script=Arabic}/u;

/**
 * The letters on an avatar, in one script only (the script the name starts with, so "سلمى S." never shows "سS"):
 * for Latin and other scripts the capital initials of the first two words ("Mme Berrada" → "MB"); for Arabic, which
 * has no capitals and joins its letters, the first two letters of the name ("أنس" → "أن", "الفايقين" → "فا"), so that a lone alif never
 * reads like an "I".
 */
export function initials(name: string): string {
  const words = name
    .replace(/[^\p{L}\s]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const first = words[0];
  if (!first) return [...name][0] ?? '?';
  if (ARABIC.test(first[0] ?? '')) {
    // The article "ال" starts many names ("الفايقين"): the letters after it say more.
    const word = first.length > 3 && first.startsWith('ال') ? first.slice(2) : first;
    const letters = [word, ...words.slice(1)].flatMap((w) => [...w].filter((ch) => ARABIC.test(ch)));
    return letters.slice(0, 2).join('');
  }
  const latin = words.map((w) => [...w].filter((ch) => !ARABIC.test(ch)).join('')).filter(Boolean);
  return latin
    .slice(0, 2)
    .map((w) => [...w][0] ?? '')
    .join('')
    .toUpperCase();
}
