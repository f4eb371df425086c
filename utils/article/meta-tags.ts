import { all } from './dom';

/**
 * Every <meta> of a page indexed once by lower-cased name/property/itemprop/http-equiv, so the
 * metadata merge asks for dozens of keys without dozens of selector queries (and without caring
 * whether a site wrote `DC.title`, `dc.title` or `og:Title`).
 */
export interface MetaIndex {
  /** All values for a key, in document order. */
  all(key: string): string[];
  /** The first non-empty value among `keys` (tried in order). */
  first(...keys: string[]): string | null;
}

/** Builds the index from `doc`'s meta elements (head and body alike: some sites put them in the body). */
export function indexMeta(doc: Document): MetaIndex {
  const map = new Map<string, string[]>();
  for (const el of all(doc, 'meta')) {
    const content = (el.getAttribute('content') ?? el.getAttribute('value') ?? '').replace(/\s+/g, ' ').trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const raw = el.getAttribute(attr);
      if (!raw) continue;
      // RDFa pages write several properties in one attribute: property="og:title twitter:title".
      for (const key of raw.toLowerCase().split(/\s+/)) {
        if (!key) continue;
        const list = map.get(key) ?? [];
        list.push(content);
        map.set(key, list);
      }
    }
  }
  return {
    all: (key) => map.get(key.toLowerCase()) ?? [],
    first: (...keys) => {
      for (const k of keys) {
        const v = map.get(k.toLowerCase())?.[0];
        if (v) return v;
      }
      return null;
    },
  };
}
