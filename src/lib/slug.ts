/**
 * Slugs for new lessons: Kazakh or Russian titles in Latin kebab-case, as URLs and file names want
 * them. Russian follows the passport transliteration (ГОСТ 52535.1-2006 / ICAO); the Kazakh letters
 * follow the plain-ASCII forms of the 2021 Latin alphabet (ә → a, ғ → g, қ → q, ң → n, ө → o, ұ ү → u, һ → h, і → i).
 */
const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ә: 'a',
  ғ: 'g',
  қ: 'q',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

/** Longer slugs make unwieldy links in messengers; cut at a word boundary. */
export const MAX_SLUG_LENGTH = 60;

export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((char) => LETTERS[char] ?? char).join('');
}

/** `«Буллинг үшін айыппұл»` → `bulling-ushin-aiyppul`. Empty when the title has no letters or digits. */
export function slugify(title: string): string {
  const words = transliterate(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH && slug) break;
    slug = next.slice(0, MAX_SLUG_LENGTH);
  }
  return slug;
}
