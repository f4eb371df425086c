/**
 * The shape of `data/gazetteer.json`, written by `scripts/build-gazetteer.ts`.
 *
 * Term kinds: `n` a country name, `a` a nationality adjective (base form; inflections are derived
 * at load time), `i` a film-industry alias or movement (any language, always film context), `s` a
 * shadow phrase that contains a nation word but means something else ("Mexican standoff").
 */
export type TermKind = 'n' | 'a' | 'i' | 's';

/**
 * One term: surface form, space-separated ISO codes (empty for shadows), kind, language (`*` for
 * any) and flags: `x` ambiguous (needs corroboration), `p` also a given name, `u` exact capitals.
 */
export type GazetteerTerm = [surface: string, codes: string, kind: TermKind, lang: string, flags: string];

export interface GazetteerData {
  version: 1;
  sources: string[];
  langs: string[];
  /** Words that put a nation term in a film context, per language (normalised lower case). */
  filmWords: Record<string, string[]>;
  terms: GazetteerTerm[];
}
