import { isTrackingParam } from './tracking-params';

/** Decodes a query name the way servers read it; leaves malformed escapes as they are. */
function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * Drops tracking pairs from an `a=1&b=2` string. Kept pairs stay byte for byte as they were
 * (order, encoding, `+` for spaces), so the cleaned link asks the server for the same page.
 */
function dropTrackingPairs(query: string): string {
  return query
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(decodeName(pair.split('=')[0] ?? '')))
    .join('&');
}

/**
 * A fragment that is made of `key=value` pairs (e.g. `#xtor=RSS-3`, `#utm_source=x&utm_medium=y`)
 * is cleaned like a query; any other fragment (`#section-2`, `#:~:text=`) is the reader's place
 * in the page and is kept.
 */
function cleanFragment(fragment: string): string {
  if (!fragment || fragment.startsWith(':~:') || !/^[^=&/]+=/.test(fragment)) return fragment;
  return dropTrackingPairs(fragment);
}

/**
 * The URL without tracking parameters (see `tracking-params.ts`), in the query and in a
 * parameter-style fragment. Everything else is kept as it was. Input that is not an absolute
 * URL is returned unchanged.
 */
export function removeTrackingParams(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const query = parsed.search.slice(1);
  const fragment = parsed.hash.slice(1);
  const cleanQuery = dropTrackingPairs(query);
  const cleanHash = cleanFragment(fragment);
  if (cleanQuery === query && cleanHash === fragment) return parsed.href;
  parsed.search = cleanQuery ? `?${cleanQuery}` : '';
  parsed.hash = cleanHash ? `#${cleanHash}` : '';
  return parsed.href;
}

/** Whether `url` is an absolute http(s) URL, the only kind worth sharing. */
export function isWebUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The URL to share: the canonical URL when the page names a usable one, else the address the
 * page was read from; tracking parameters removed either way.
 *
 * A canonical that points at the site's home page while the page itself is deeper is a common
 * publishing mistake (a template default), so it loses to the page's own address.
 */
export function shareUrlFor(url: string, canonical?: string | null): string {
  let chosen = url;
  if (isWebUrl(canonical)) {
    const c = new URL(canonical);
    const pageIsDeeper = isWebUrl(url) && new URL(url).pathname.length > 1;
    if (!(c.pathname === '/' && !c.search && pageIsDeeper)) chosen = canonical;
  }
  return removeTrackingParams(chosen);
}
