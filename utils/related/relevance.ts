import { normalizeWord } from './nation-text';
import type { NationTags, RelatedContext, RelatedPiece } from './types';

/** The nations a piece is tagged with, about first. */
export function allNations(tags: NationTags): string[] {
  return [...tags.about, ...tags.mentioned];
}

/** Section names compared loosely ("National Cinemas" = "national cinemas" = "Nationál cinemas"). */
export function sameSection(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) => normalizeWord(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}

/**
 * Whether a feed or API item belongs with the article: it shares one of the article's nations
 * (those it is about, or, when it is about none, those it mentions), or it is filed in the
 * article's section.
 */
export function sharesNationOrSection(item: { nations: NationTags; categories: string[] }, context: RelatedContext): boolean {
  const wanted = context.nations.about.length ? context.nations.about : context.nations.mentioned;
  const itemNations = new Set(allNations(item.nations));
  if (wanted.some((c) => itemNations.has(c))) return true;
  return item.categories.some((c) => sameSection(c, context.section));
}

const DAY = 24 * 60 * 60_000;

/**
 * A piece's relevance to the article: shared nations (the ones it is about count most), the same
 * section, recency, and its position in its source (the site's own related block put it there
 * for a reason). Pieces whose page failed keep their place but sink a little.
 */
export function relevanceScore(piece: RelatedPiece, context: RelatedContext, now: number): number {
  const ctxAbout = new Set(context.nations.about);
  const ctxAll = new Set(allNations(context.nations));
  let score = 0;
  for (const c of piece.nations.about) score += ctxAbout.has(c) ? 4 : ctxAll.has(c) ? 1.5 : 0;
  for (const c of piece.nations.mentioned) score += ctxAbout.has(c) ? 1.5 : ctxAll.has(c) ? 0.5 : 0;
  if (sameSection(piece.section, context.section)) score += 2;
  const t = piece.date ? Date.parse(piece.date) : NaN;
  if (!Number.isNaN(t)) score += 2 * Math.exp(-Math.max(0, now - t) / (90 * DAY));
  const positionWeight = piece.source === 'page' ? 3 : 1;
  score += positionWeight / (1 + piece.position / 3);
  if (piece.source === 'page') score += 3;
  if (piece.status === 'error') score -= 1;
  return Math.round(score * 100) / 100;
}

/**
 * Pieces ranked best first. Wikipedia's background pages come after the site's own pieces
 * whatever their score: they are context, not "what to read next" on this site.
 */
export function rankPieces(pieces: RelatedPiece[], context: RelatedContext, now: number): RelatedPiece[] {
  const scored = pieces.map((p) => ({ ...p, score: relevanceScore(p, context, now) }));
  return scored.sort(
    (a, b) =>
      Number(a.source === 'wikipedia') - Number(b.source === 'wikipedia') ||
      b.score - a.score ||
      (a.url < b.url ? -1 : 1),
  );
}
