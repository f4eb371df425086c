/**
 * Query parameters that only say how a link was shared or clicked, never which page it is. They
 * are dropped so that the same article saved from a newsletter and from the site is one item.
 */
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|ref_src|ref_url|cmpid|ocid|smid|smtyp|sr_share|at_medium|at_campaign)$/i;

/**
 * The library's key for a URL: http(s) only, host lower-cased, default port, fragment and
 * tracking parameters removed. Returns null for anything that is not a web address.
 */
export function normaliseUrl(raw: string | null | undefined): string | null {
  const text = (raw ?? '').trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
  if (kept.length !== [...url.searchParams].length) {
    url.search = kept.length ? '?' + new URLSearchParams(kept).toString() : '';
  }
  return url.toString();
}

/** The site a URL belongs to, as the site filter shows it: the host name without `www.`. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\d?\./i, '').toLowerCase();
  } catch {
    return '';
  }
}

/** A readable stand-in title for a link saved without one: host and path. */
export function titleFromUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = decodeURIComponent(u.pathname).replace(/\/+$/, '');
    return siteOf(url) + (path && path !== '/' ? path : '');
  } catch {
    return url;
  }
}
