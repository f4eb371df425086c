import { toCslName } from './authors';
import type { MergedMeta } from './metadata';
import type { CslDate, CslItem } from './types';

const NEWS = /NewsArticle$|^(ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle)$/;
const BLOG = /^(BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting)$/;
const SCHOLARLY = /^(ScholarlyArticle|MedicalScholarlyArticle)$/;

/** A CSL date from an ISO 8601 string (date part only; CSL has no time of day). */
export function cslDate(iso: string | null | undefined): CslDate | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return undefined;
  const parts: [number, number?, number?] = [Number(m[1])];
  if (m[2]) parts.push(Number(m[2]));
  if (m[3]) parts.push(Number(m[3]));
  return { 'date-parts': [parts] };
}

/**
 * The CSL item type: journal when the page carries citation_journal_title or a scholarly type;
 * newspaper for NewsArticle and its kin; blog post for BlogPosting; magazine for other article
 * types (Article, Review, TechArticle…); webpage when the page is not an article.
 */
export function cslType(meta: MergedMeta, isArticle: boolean): CslItem['type'] {
  if (meta.journal || meta.ldTypes.some((t) => SCHOLARLY.test(t))) return 'article-journal';
  if (meta.ldTypes.some((t) => NEWS.test(t))) return 'article-newspaper';
  if (meta.ldTypes.some((t) => BLOG.test(t))) return 'post-weblog';
  if (meta.ldTypes.length || isArticle) return 'article-magazine';
  return 'webpage';
}

/** Builds the CSL-JSON item for a page from its merged metadata. `accessed` is the moment of reading. */
export function buildCsl(meta: MergedMeta, isArticle: boolean, accessed: Date): CslItem {
  const item: CslItem = {
    id: meta.canonical || meta.url,
    type: cslType(meta, isArticle),
    title: meta.title,
    URL: meta.canonical || meta.url,
  };
  if (meta.authorNames.length) item.author = meta.authorNames.map(toCslName);
  const issued = cslDate(meta.published);
  if (issued) item.issued = issued;
  const acc = Number.isNaN(accessed.getTime()) ? undefined : cslDate(accessed.toISOString());
  if (acc) item.accessed = acc;
  const container = meta.journal ?? meta.siteName;
  if (container) item['container-title'] = container;
  if (meta.publisher && meta.publisher !== container) item.publisher = meta.publisher;
  if (meta.doi) item.DOI = meta.doi.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '');
  if (meta.lang) item.language = meta.lang;
  if (meta.description) item.abstract = meta.description;
  if (meta.section) item.section = meta.section;
  if (meta.tags.length) item.keyword = meta.tags.join(', ');
  return item;
}
