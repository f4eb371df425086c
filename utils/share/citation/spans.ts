/** A run of citation text; titles of containers (and of standalone pages in APA) are italic. */
export interface Span {
  text: string;
  italic?: boolean;
}

/** A formatted citation: plain text for any paste target, HTML to keep the italics. */
export interface FormattedCitation {
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Plain text and HTML renderings of the spans. */
export function renderSpans(spans: Span[]): FormattedCitation {
  const kept = spans.filter((s) => s.text !== '');
  return {
    text: kept.map((s) => s.text).join(''),
    html: kept.map((s) => (s.italic ? `<i>${escapeHtml(s.text)}</i>` : escapeHtml(s.text))).join(''),
  };
}

/** Whether the text already ends a sentence, so no period is added after it. */
export function endsSentence(text: string): boolean {
  return /[.?!]["'”’)]?$/.test(text.trimEnd());
}

/** `text` followed by a period unless it already ends with terminal punctuation. */
export function withPeriod(text: string): string {
  const t = text.trim();
  return endsSentence(t) ? t : `${t}.`;
}

/** Collapses whitespace (titles scraped from pages may carry newlines). */
export function tidy(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A title in quotation marks with its closing period inside (“Title.”), as MLA and Chicago set
 * it. Double quotes inside the title become single quotes, as both guides require.
 */
export function quotedTitle(title: string): string {
  const inner = tidy(title).replace(/["“]([^"”]*)["”]/g, '‘$1’');
  return `“${withPeriod(inner)}”`;
}

/** The DOI as an https://doi.org/ link (the form APA 7, MLA 9 and Chicago 17 all accept). */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.trim().replace(/^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i, '')}`;
}

/** A title (or container name) closed by a period that stays out of the italics. */
export function closed(text: string, italic = false): Span[] {
  const t = tidy(text);
  return endsSentence(t) ? [{ text: t, italic }] : [{ text: t, italic }, { text: '.' }];
}
