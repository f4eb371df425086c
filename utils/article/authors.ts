import type { CslName } from './types';

/** An author as the engine keeps it until output: a display name and whether it is an organisation. */
export interface AuthorName {
  /** Display form, given name first ("Astrid Lindqvist"). */
  name: string;
  organization: boolean;
  /** Set when the source gave the parts explicitly (an inverted "Lindqvist, Astrid", schema.org familyName). */
  family?: string;
  given?: string;
}

const ORG_WORDS =
  /\b(staff|team|desk|editors?|editorial|newsroom|bureau|agency|press|associated press|reuters|afp|news|media|magazine|times|post|journal|tribune|herald|gazette|daily|weekly|inc|ltd|llc|gmbh|corp|corporation|company|group|network|studio|studios|productions|pictures|films|institute|university|society|association|foundation|council|committee|department|office|ministry|redacci[oó]n|r[ée]daction|redaktion|reda[cç][aã]o)\b/i;

/** True when a name reads like an organisation rather than a person. */
export function looksLikeOrganization(name: string): boolean {
  return ORG_WORDS.test(name) || /^[A-Z0-9&.\s-]{2,8}$/.test(name.trim());
}

/** Removes "By", roles, dates and contact details around a name. */
export function cleanName(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(/^(written |posted |reported |words |text |story )?(by|von|par|por|di|door|av|af|от|автор[:]?)\s*[:\-–]?\s+/i, '');
  s = s.replace(/^(author|autor|auteur|autore|reporter|writer)\s*[:\-–]\s*/i, '');
  s = s.replace(/\s*\S+@\S+\.\w+\s*/g, ' ');
  s = s.replace(/\s*\|.*$/, '');
  // Trailing roles: "Ana Silva, Staff Writer", "Tom Roe - Film Critic".
  s = s.replace(/\s*[,–—-]\s*(senior |staff |chief |contributing |freelance |associate )?(writer|reporter|editor|correspondent|columnist|critic|contributor|photographer|producer)\b.*$/i, '');
  s = s.replace(/\s*\b(updated|published|posted)\b.*$/i, '');
  s = s.replace(/^@/, '');
  // Trailing punctuation goes, except the period of a final initial ("Samuel K.").
  s = s.replace(/[\s,;:–—-]+$/, '').replace(/^[\s,;:–—-]+/, '').trim();
  if (/\.$/.test(s) && !/(^|\s)\p{Lu}\.$/u.test(s)) s = s.replace(/\.+$/, '');
  return s.trim();
}

const INVERTED = /^((?:\p{Ll}+\s)*[\p{Lu}][\p{L}'’-]+),\s*([\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,2})$/u;

/**
 * Reads one author value. "Lindqvist, Astrid" and "van der Berg, Pieter" (family first: one word,
 * maybe with lower-case particles, before the comma) become given-first display names with their
 * parts kept; anything else is cleaned and returned as is.
 */
export function parseOneAuthor(raw: string): AuthorName | null {
  const cleaned = cleanName(raw);
  const m = INVERTED.exec(cleaned);
  if (m?.[1] && m[2]) {
    const family = m[1];
    const given = m[2];
    return { name: `${given} ${family}`, organization: false, family, given };
  }
  if (!plausibleName(cleaned)) return null;
  return { name: cleaned, organization: looksLikeOrganization(cleaned) };
}

/** True when `name` can be a person's or organisation's name (not a URL, date, sentence or label). */
export function plausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 80) return false;
  if (/https?:|www\.|\.com\b|[<>{}]|\d{3,}/i.test(name)) return false;
  if (name.split(/\s+/).length > 7) return false;
  if (/^(by|and|admin|administrator|author|unknown|anonymous|guest|null|undefined|staff writer)$/i.test(name)) return false;
  return /\p{L}/u.test(name);
}

/**
 * Splits a byline into names: "By Ana Silva and Tom Roe", "Ana Silva, Tom Roe & Li Wei",
 * "Ana Silva; Tom Roe". Commas inside "Silva, Ana" (one inverted name) are kept together.
 */
export function splitByline(byline: string): string[] {
  const cleaned = cleanName(byline);
  if (!cleaned) return [];
  // "Silva, Ana" alone is one inverted name, not two people.
  if (INVERTED.test(cleaned)) return [cleaned];
  return cleaned
    .split(/\s+(?:and|und|et|y|e|i|и)\s+|\s*[,;&]\s*/iu)
    .map((n) => cleanName(n))
    .filter(plausibleName);
}

/** Dedupes names case- and accent-insensitively, keeping the first spelling. */
export function dedupeAuthors(list: AuthorName[]): AuthorName[] {
  const seen = new Set<string>();
  const out: AuthorName[] = [];
  for (const a of list) {
    const key = a.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'st.', 'mac']);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv|v|phd|md)$/i;

/**
 * A CSL name: organisations as `literal`, people split into `family`/`given`. "Silva, Ana" is
 * read family-first; particles (van, de, von…) stay with the family name; Jr./III go to `suffix`.
 */
export function toCslName(author: AuthorName): CslName {
  const name = author.name.trim();
  if (author.organization) return { literal: name };
  if (author.family && author.given) return { family: author.family, given: author.given };
  if (name.includes(',')) {
    const [family, given] = name.split(',').map((s) => s.trim());
    if (family && given && !SUFFIXES.test(given)) return { family, given };
  }
  const parts = name.split(/\s+/).filter(Boolean);
  let suffix: string | undefined;
  const last = parts[parts.length - 1];
  if (parts.length > 2 && last && SUFFIXES.test(last.replace(/,$/, ''))) {
    suffix = parts.pop();
    const prev = parts.length - 1;
    parts[prev] = (parts[prev] ?? '').replace(/,$/, '');
  }
  if (parts.length < 2) return { literal: name };
  let familyStart = parts.length - 1;
  while (familyStart > 1 && PARTICLES.has((parts[familyStart - 1] ?? '').toLowerCase())) familyStart--;
  const out: CslName = { family: parts.slice(familyStart).join(' '), given: parts.slice(0, familyStart).join(' ') };
  if (suffix) out.suffix = suffix;
  return out;
}
