import type { Attribution } from './types';

/** Sent with every Wikipedia request, as the Wikimedia API policy asks (browsers forbid setting User-Agent). */
export const WIKIPEDIA_USER_AGENT_HEADER = {
  'Api-User-Agent': 'Reelmark/0.1 (browser extension; related national-cinema reading; opt-in Wikipedia summaries)',
};

/**
 * English Wikipedia names countries in "Cinema of …" titles with the article where English uses
 * one, and by their common short names; the rest come from Intl.DisplayNames.
 */
const TITLE_NAMES: Record<string, string> = {
  US: 'the United States', GB: 'the United Kingdom', CZ: 'the Czech Republic', NL: 'the Netherlands',
  PH: 'the Philippines', CD: 'the Democratic Republic of the Congo', CG: 'the Republic of the Congo',
  AE: 'the United Arab Emirates', DO: 'the Dominican Republic', BS: 'the Bahamas', GM: 'the Gambia',
  MV: 'the Maldives', SU: 'the Soviet Union', YU: 'Yugoslavia', KR: 'South Korea', KP: 'North Korea',
  TR: 'Turkey', HK: 'Hong Kong', TW: 'Taiwan', MO: 'Macau', PS: 'Palestine', RU: 'Russia', IR: 'Iran',
  SY: 'Syria', VN: 'Vietnam', LA: 'Laos', MK: 'North Macedonia', MD: 'Moldova', BO: 'Bolivia',
  VE: 'Venezuela', TZ: 'Tanzania', CI: 'Ivory Coast', MM: 'Myanmar', CV: 'Cape Verde', VA: 'Vatican City',
};

/** The "Cinema of <country>" title for a nation code, or null when there is no name for it. */
export function cinemaOfTitle(code: string): string | null {
  const named = TITLE_NAMES[code];
  if (named) return `Cinema of ${named}`;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code);
    return name && name !== code ? `Cinema of ${name}` : null;
  } catch {
    return null;
  }
}

/** The keyless REST summary endpoint for a title. */
export function wikipediaSummaryUrl(title: string, lang = 'en'): string {
  return `https://${lang}.wikipedia.org/api/rest_v1/page/summary/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

/** A usable page summary, with the attribution CC BY-SA asks for. */
export interface WikipediaSummary {
  title: string;
  extract: string;
  pageUrl: string;
  thumbnail: string | null;
  attribution: Attribution;
}

/** Reads a REST summary answer; null for disambiguation pages and answers without an extract. */
export function parseWikipediaSummary(json: unknown): WikipediaSummary | null {
  if (!isRecord(json) || json.type === 'disambiguation') return null;
  const title = typeof json.title === 'string' ? json.title : null;
  const extract = typeof json.extract === 'string' ? json.extract.trim() : '';
  const urls = isRecord(json.content_urls) && isRecord(json.content_urls.desktop) ? json.content_urls.desktop : null;
  const pageUrl = urls && typeof urls.page === 'string' ? urls.page : null;
  if (!title || !extract || !pageUrl || !/^https:\/\/[a-z-]+\.wikipedia\.org\//.test(pageUrl)) return null;
  const thumb = isRecord(json.thumbnail) && typeof json.thumbnail.source === 'string' ? json.thumbnail.source : null;
  return {
    title,
    extract,
    pageUrl,
    thumbnail: thumb,
    attribution: {
      label: 'Wikipedia',
      url: pageUrl,
      license: 'CC BY-SA 4.0',
      licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    },
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
