import { isWebUrl, shareUrlFor } from './clean-url';
import type { Shareable } from './shareable';
import { oneLine } from './text-fit';

/** A Shareable reduced to what the encoders put in links: one-line text, the clean URL. */
export interface PreparedShare {
  /** The title on one line; the URL when the piece has no title. */
  title: string;
  /** Canonical URL without tracking parameters. */
  url: string;
  /** Lead image, only when it is an absolute http(s) URL of a raster image (Pinterest refuses SVG). */
  image: string | null;
  tldr: string | null;
  points: string[];
}

/** Normalises a Shareable once, so every target shares the same title and URL. */
export function prepareShare(item: Shareable): PreparedShare {
  const url = shareUrlFor(item.url, item.canonical);
  return {
    title: oneLine(item.title) || url,
    url,
    image: isWebUrl(item.image) && !isSvgUrl(item.image) ? item.image : null,
    tldr: oneLine(item.tldr) || null,
    points: (item.summaryPoints ?? []).map(oneLine).filter(Boolean),
  };
}

/** True for an image URL whose path ends in .svg: vector art sharing targets cannot pin or preview. */
function isSvgUrl(url: string): boolean {
  try {
    return /\.svgz?$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
