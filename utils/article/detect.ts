import type { Detection } from './types';

const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|Review|CriticReview|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ScholarlyArticle|TechArticle|Report|LiveBlogPosting)$/;

function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const src = script.textContent ?? '';
    // Regex over the raw text, not JSON.parse: cheap and tolerant of the broken JSON sites ship.
    for (const m of src.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of (m[1] ?? '').matchAll(/"([^"]+)"/g)) types.push(t[1] ?? '');
    }
  }
  return types;
}

/**
 * Decides from cheap signals whether `doc` is an article page. Foundation version: JSON-LD types,
 * og:type and paragraph density. It reads the DOM only and never changes it.
 */
export function detectArticle(doc: Document, _url: string): Detection {
  const reasons: string[] = [];
  let score = 0;
  const types = jsonLdTypes(doc);
  const articleType = types.find((t) => ARTICLE_TYPES.test(t));
  if (articleType) {
    score += 3;
    reasons.push(`jsonld:${articleType}`);
  }
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase();
  if (ogType === 'article') {
    score += 2;
    reasons.push('og:article');
  } else if (ogType === 'website') {
    score -= 1;
    reasons.push('og:website');
  }
  let longParas = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if ((p.textContent ?? '').length > 200) longParas++;
  }
  if (longParas >= 3) {
    score += 2;
    reasons.push(`paragraphs:${longParas}`);
  }
  const isArticle = score >= 3;
  return { isArticle, confidence: Math.min(1, Math.abs(score - 2.5) / 4 + 0.4), reasons };
}
