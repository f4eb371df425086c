import { gunzipSync } from 'fflate';

/** How far into the bytes the charset prescan looks, as the HTML standard's prescan does (1024+). */
const PRESCAN_BYTES = 4096;

/** Decoded page text plus the encoding that was used and where it came from. */
export interface DecodedHtml {
  html: string;
  encoding: string;
  /** `bom`, `http`, `meta`, `xml` or `default`. */
  source: 'bom' | 'http' | 'meta' | 'xml' | 'default';
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Windows-1252 characters at bytes 0x80–0x9F (undefined bytes keep their C1 code point). */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Maps C1 controls to the Windows-1252 characters they stand for. Some runtimes (Node's
 * TextDecoder among them) decode "windows-1252" as ISO-8859-1, which turns ’ “ ” € œ into
 * invisible controls; browsers already map them, so this is a no-op there.
 */
function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/** Returns a TextDecoder label the runtime supports, or null (unknown label, or utf-16 declared in-page). */
function usableLabel(label: string | null | undefined, fromMeta: boolean): string | null {
  if (!label) return null;
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!clean) return null;
  try {
    const encoding = new TextDecoder(clean).encoding;
    // A page cannot truthfully declare UTF-16 inside bytes we could read as ASCII (HTML standard).
    if (fromMeta && encoding.startsWith('utf-16')) return 'utf-8';
    return encoding;
  } catch {
    return null;
  }
}

function sniffBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** Reads a charset label from the start of the document: meta charset, http-equiv, or XML declaration. */
function prescan(bytes: Uint8Array): { label: string; source: 'meta' | 'xml' } | null {
  // latin1 maps every byte to one code unit, so the ASCII markup is readable whatever the real charset is.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']?([\w.:-]+)/i.exec(head);
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return { label: direct[1], source: 'meta' };
  }
  if (xml?.[1]) return { label: xml[1], source: 'xml' };
  return null;
}

/**
 * Decodes the bytes of a saved page to a string: gunzips them if they are gzip, then picks the
 * encoding as browsers do (BOM, then the HTTP charset if known, then `<meta charset>` /
 * `http-equiv` in the first bytes, then UTF-8). Legacy encodings (windows-1252, Shift_JIS, …)
 * rely on the runtime's TextDecoder (Node with full ICU, every browser). Never throws on bad bytes.
 */
export function decodeHtml(input: Uint8Array, httpCharset?: string | null): DecodedHtml {
  let bytes = input;
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      // A truncated archive: decode what we have rather than fail.
      bytes = input;
    }
  }
  const bom = sniffBom(bytes);
  let encoding: string | null = bom;
  let source: DecodedHtml['source'] = bom ? 'bom' : 'default';
  if (!encoding) {
    encoding = usableLabel(httpCharset, false);
    if (encoding) source = 'http';
  }
  if (!encoding) {
    const found = prescan(bytes);
    encoding = usableLabel(found?.label, true);
    if (encoding && found) source = found.source;
  }
  if (!encoding) encoding = 'utf-8';
  // `fatal: false` turns invalid sequences into U+FFFD instead of throwing; the decoder strips a BOM.
  let html = new TextDecoder(encoding, { fatal: false }).decode(bytes);
  if (encoding === 'windows-1252') html = fixC1(html);
  return { html, encoding, source };
}
