/**
 * Percent-encodes a query value strictly (RFC 3986 unreserved characters only). Beyond
 * encodeURIComponent, `! ' ( ) *` are escaped too, so the link survives being pasted into text
 * that treats them specially, and browsers send it byte for byte as built.
 */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `key=value&…` from pairs, skipping pairs whose value is null or empty. */
export function buildQuery(pairs: readonly [string, string | null | undefined][]): string {
  return pairs
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '')
    .map(([k, v]) => `${encodeQueryValue(k)}=${encodeQueryValue(v)}`)
    .join('&');
}
