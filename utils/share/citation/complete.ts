import type { ArticleMeta, CslDate, CslItem } from '@/utils/article/types';
import { shareUrlFor } from '../clean-url';
import { namesFromAuthors } from './author-names';

/** The article facts a citation can be completed from. */
export type CitationSource = Pick<ArticleMeta, 'url' | 'canonical' | 'title' | 'siteName' | 'byline' | 'authors' | 'published'>;

/**
 * A CSL date from an ISO 8601 string. The calendar date is read as written, not converted to
 * the reader's time zone: "2025-08-09T23:30:00-05:00" was published on the 9th where it was
 * published.
 */
export function cslDateFromIso(iso: string | null | undefined): CslDate | undefined {
  const m = iso?.trim().match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  if (month !== undefined && (month < 1 || month > 12)) return { 'date-parts': [[year]] };
  if (day !== undefined && (day < 1 || day > 31)) return { 'date-parts': [[year, month]] };
  return { 'date-parts': [day !== undefined ? [year, month, day] : month !== undefined ? [year, month] : [year]] };
}

/**
 * The engine's CSL item with what it left out filled in from the article's metadata: authors
 * (from the author list or byline), the publication date, the site as container, and the
 * canonical URL without tracking parameters. Fields the engine did set are kept.
 */
export function completeCitation(citation: CslItem | null | undefined, source: CitationSource): CslItem {
  const base: CslItem = citation ?? { id: source.canonical || source.url, type: 'webpage', title: source.title, URL: source.url };
  // `?? []`: articles stored by older engine versions (saved items, tests' partial fixtures) may lack the list.
  const author = base.author?.length ? base.author : namesFromAuthors(source.authors ?? [], source.byline ?? null, source.siteName);
  const issued = base.issued ?? cslDateFromIso(source.published);
  const container = base['container-title'] ?? source.siteName ?? undefined;
  return {
    ...base,
    title: base.title || source.title,
    URL: shareUrlFor(base.URL || source.url, source.canonical),
    ...(author.length ? { author } : {}),
    ...(issued ? { issued } : {}),
    ...(container ? { 'container-title': container } : {}),
  };
}
