import { SITE, UI } from '../content/site';
import type { Lang } from '../content/types';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes text for XML (feeds); same rules as HTML plus the apostrophe. */
export function escXml(text: string): string {
  return esc(text).replace(/'/g, '&apos;');
}

/** Wraps text in CDATA, splitting any "]]>" so the section cannot be closed early. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** Absolute URL on the placeholder origin for a root-relative path. */
export function abs(path: string): string {
  return SITE.origin + path;
}

/** JSON for a <script type="application/ld+json"> body: "</" is escaped so it cannot end the script. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/<\//g, '<\\/');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** RFC 822 date as WordPress writes it in RSS, e.g. "Sat, 09 Aug 2025 08:30:00 +0000". */
export function rfc822(iso: string): string {
  const d = new Date(iso);
  return `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad2(
    d.getUTCHours(),
  )}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`;
}

/** The date as the theme prints it in `lang` ("August 09, 2025", "3 août 2025", "1 de agosto de 2025"). */
export function displayDate(iso: string, lang: Lang): string {
  return UI[lang].formatDate(new Date(iso));
}

/** Comment timestamp as WordPress prints it, e.g. "August 9, 2025 at 11:30 am". */
export function commentDate(iso: string, lang: Lang): string {
  const d = new Date(iso);
  const h = d.getUTCHours();
  const m = pad2(d.getUTCMinutes());
  if (lang === 'en') {
    return `${UI.en.months[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} at ${h % 12 || 12}:${m} ${h < 12 ? 'am' : 'pm'}`;
  }
  const sep = lang === 'fr' ? ' à ' : ' a las ';
  return `${UI[lang].formatDate(d)}${sep}${pad2(h)}:${m}`;
}

/** WordPress REST "local" date: ISO without offset (the site runs on UTC). */
export function restDate(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19);
}
