/**
 * The host name of a Mastodon server from what a reader types: "mastodon.social",
 * "https://mastodon.social/home", "@ana@mastodon.social" or "Mastodon.Social" all give
 * "mastodon.social". Returns null for anything that is not a plausible public host name
 * (no dot, spaces, a port-only or IP-literal-with-path typo, and so on).
 */
export function normaliseMastodonInstance(input: string | null | undefined): string | null {
  let text = (input ?? '').trim();
  if (!text) return null;
  // A full handle: the server is after the last @.
  if (text.includes('@') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = text.slice(text.lastIndexOf('@') + 1);
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!/^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(host)) return null;
  return url.port ? `${host}:${url.port}` : host;
}
