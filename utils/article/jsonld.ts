import { all } from './dom';
import { LIMITS } from './limits';

/** A JSON-LD node as parsed (a plain object). */
export type LdNode = Record<string, unknown>;

/** Everything the page declares in JSON-LD: all nodes (flattened out of @graph and arrays) and an @id index. */
export interface JsonLd {
  nodes: LdNode[];
  byId: Map<string, LdNode>;
}

function isNode(v: unknown): v is LdNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses one block, tolerating what CMSs ship: comments, CDATA, raw control characters, trailing commas. */
function parseBlock(text: string): unknown {
  const cleaned = text
    .replace(/^\s*<!--|-->\s*$/g, '')
    .replace(/^\s*\/\*\s*<!\[CDATA\[\s*\*\/|\/\*\s*\]\]>\s*\*\/\s*$/g, '')
    .trim();
  if (!cleaned) return null;
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      // Raw newlines/tabs inside strings and trailing commas are the usual breakage.
      const printable = Array.from(cleaned, (c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('');
      return JSON.parse(printable.replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

/** Collects nodes recursively: arrays, @graph, and nested objects (author, publisher, isPartOf…). */
function collect(value: unknown, out: LdNode[], depth: number): void {
  if (depth > 8 || out.length > 500) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  out.push(value);
  for (const [key, v] of Object.entries(value)) {
    if (key === '@context') continue;
    if (typeof v === 'object' && v !== null) collect(v, out, depth + 1);
  }
}

/** Reads and flattens every `application/ld+json` block of `doc`. Broken blocks are skipped. */
export function readJsonLd(doc: Document): JsonLd {
  const nodes: LdNode[] = [];
  let blocks = 0;
  for (const script of all(doc, 'script[type]')) {
    if (!/^application\/ld\+json\b/i.test((script.getAttribute('type') ?? '').trim())) continue;
    if (++blocks > LIMITS.maxJsonLdBlocks) break;
    const text = script.textContent ?? '';
    if (text.length > LIMITS.maxJsonLdChars) continue;
    collect(parseBlock(text), nodes, 0);
  }
  const byId = new Map<string, LdNode>();
  for (const n of nodes) {
    const id = n['@id'];
    // The fullest node with an @id wins over bare references ({"@id": …}).
    if (typeof id === 'string' && (!byId.has(id) || Object.keys(n).length > Object.keys(byId.get(id) ?? {}).length)) {
      byId.set(id, n);
    }
  }
  return { nodes, byId };
}

/** Follows an `{"@id": …}` reference to the full node when the page declares it. */
export function resolve(ld: JsonLd, value: unknown): unknown {
  if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length <= 2) {
    return ld.byId.get(value['@id']) ?? value;
  }
  return value;
}

/** The @type of a node as a list of plain type names (`schema:NewsArticle` → `NewsArticle`). */
export function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

/** Schema.org types that are articles (and their kin). */
export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'AnalysisNewsArticle', 'AskPublicNewsArticle', 'BackgroundNewsArticle', 'OpinionNewsArticle',
  'ReportageNewsArticle', 'ReviewNewsArticle', 'SatiricalArticle', 'ScholarlyArticle', 'MedicalScholarlyArticle',
  'SocialMediaPosting', 'BlogPosting', 'LiveBlogPosting', 'DiscussionForumPosting', 'TechArticle', 'APIReference',
  'Report', 'Review', 'CriticReview', 'UserReview', 'EmployerReview', 'AdvertiserContentArticle', 'HowTo', 'Recipe',
]);

/** A value as a trimmed string: strings, numbers, `{"@value"}`, `{"name"}` and first array items. */
export function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = asText(v);
      if (t) return t;
    }
    return null;
  }
  if (isNode(value)) return asText(value['@value'] ?? value['name'] ?? value['text']);
  return null;
}

/** Every string a value holds (arrays flattened, objects by name). */
export function asTextList(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => asTextList(v));
  const t = asText(value);
  return t ? [t] : [];
}

/** A URL from a value: a string, `{"url"}`, `{"@id"}` or `{"contentUrl"}`, first of an array. */
export function asUrl(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const u = asUrl(v);
      if (u) return u;
    }
    return null;
  }
  if (isNode(value)) {
    const u = value['url'] ?? value['contentUrl'] ?? value['@id'];
    return typeof u === 'string' ? u : asUrl(u);
  }
  return null;
}

/** The page's main article node: an article type whose URL matches the page, else the first one with a headline. */
export function mainArticle(ld: JsonLd, url: string): LdNode | null {
  const articles = ld.nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  if (!articles.length) return null;
  const strip = (u: string): string => u.replace(/[#?].*$/, '').replace(/\/$/, '');
  const page = strip(url);
  const matches = articles.find((n) => {
    const own = asUrl(n['url']) ?? asUrl(resolve(ld, n['mainEntityOfPage']));
    return own !== null && strip(own) === page;
  });
  return matches ?? articles.find((n) => asText(n['headline'])) ?? articles[0] ?? null;
}

/** The first node of one of `types`. */
export function firstOfType(ld: JsonLd, types: string[]): LdNode | null {
  return ld.nodes.find((n) => typesOf(n).some((t) => types.includes(t))) ?? null;
}
