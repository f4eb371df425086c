/** Query parameters that only track the click, never change the page. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|yclid|ref_src|cmpid)$/i;

/**
 * The form of a URL used to dedupe fetches and pieces: lower-case host, no default port, no
 * fragment, no tracking parameters, remaining parameters sorted. Paths keep their case and their
 * trailing slash (servers may treat `/a` and `/a/` differently). Returns null for non-HTTP(S) URLs.
 */
export function canonicalUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const params = [...url.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = params.length ? new URLSearchParams(params).toString() : '';
  return url.href;
}

/** The host a request goes to (with port), the unit the per-host limit counts. */
export function hostOf(url: string): string {
  return new URL(url).host;
}
