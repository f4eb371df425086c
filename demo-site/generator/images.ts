import { deflateSync } from 'node:zlib';
import type { Post } from '../content/types';

/** Where a post's images live, WordPress style: uploads/<year>/<month>/<name>-<w>x<h>.<ext>. */
export interface PostImages {
  large: string;
  small: string;
  og: string;
}

export const LEAD_SIZE = { w: 1200, h: 675 } as const;
export const SMALL_SIZE = { w: 600, h: 338 } as const;
export const OG_SIZE = { w: 240, h: 126 } as const;

/** Root-relative paths of a post's lead image (two widths for srcset) and its share image. */
export function postImages(post: Pick<Post, 'published' | 'slug'>): PostImages {
  const [y, m] = post.published.slice(0, 7).split('-');
  // Upload names are short, like a photographer's file name turned into a slug.
  const base = `/wp-content/uploads/${y}/${m}/${post.slug.split('-').slice(0, 4).join('-')}`;
  return {
    large: `${base}-${LEAD_SIZE.w}x${LEAD_SIZE.h}.svg`,
    small: `${base}-${SMALL_SIZE.w}x${SMALL_SIZE.h}.svg`,
    og: `${base}-${OG_SIZE.w}x${OG_SIZE.h}.png`,
  };
}

/** Two colours derived from the post id, so each post's picture differs but never changes. */
export function postColours(id: number): [string, string] {
  const hue = (id * 47) % 360;
  return [`hsl(${hue},45%,32%)`, `hsl(${(hue + 40) % 360},55%,58%)`];
}

/** A small abstract "film still": sky gradient, sun, horizon and film-strip perforations. */
export function leadSvg(id: number, w: number, h: number, title: string): string {
  const [a, b] = postColours(id);
  const holes = Array.from({ length: 12 }, (_, i) => `<rect x="${30 + i * 100}" y="12" width="40" height="26" rx="5"/><rect x="${30 + i * 100}" y="637" width="40" height="26" rx="5"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 1200 675" role="img" aria-label="${title.replace(/[<&"]/g, '')}"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs><rect width="1200" height="675" fill="url(#g)"/><circle cx="${300 + (id % 600)}" cy="300" r="90" fill="#f6e7b0" opacity=".85"/><path d="M0 470 Q300 ${380 + (id % 90)} 600 460 T1200 440 V675 H0Z" fill="#1d1d24" opacity=".8"/><g fill="#111">${holes}</g></svg>\n`;
}

/** The magazine's logo. */
export function logoSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="48" viewBox="0 0 240 48" role="img" aria-label="Frame &amp; Nation"><rect x="2" y="6" width="36" height="36" rx="4" fill="none" stroke="#c2412d" stroke-width="4"/><rect x="12" y="16" width="16" height="16" fill="#c2412d"/><text x="48" y="32" font-family="Georgia,serif" font-size="22" fill="#1d1d24">Frame &amp; Nation</text></svg>\n`;
}

/** A neutral avatar for comments. */
export function avatarSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"><rect width="40" height="40" fill="#d9d4cc"/><circle cx="20" cy="15" r="7" fill="#8a8378"/><path d="M6 38c2-9 8-13 14-13s12 4 14 13z" fill="#8a8378"/></svg>\n`;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function hslToRgb(hsl: string): [number, number, number] {
  const m = /hsl\((\d+),(\d+)%,(\d+)%\)/.exec(hsl);
  const h = Number(m?.[1] ?? 0) / 360;
  const s = Number(m?.[2] ?? 0) / 100;
  const l = Number(m?.[3] ?? 0) / 100;
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const f = (t: number): number => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    const v = x < 1 / 6 ? p + (q - p) * 6 * x : x < 1 / 2 ? q : x < 2 / 3 ? p + (q - p) * (2 / 3 - x) * 6 : p;
    return Math.round(v * 255);
  };
  return [f(h + 1 / 3), f(h), f(h - 1 / 3)];
}

/**
 * A tiny PNG share image (og:image): the post's two colours as a top and bottom band. Written by
 * hand with zlib so the demo site needs no image library.
 */
export function sharePng(id: number, w: number = OG_SIZE.w, h: number = OG_SIZE.h): Buffer {
  const [top, bottom] = postColours(id).map(hslToRgb) as [[number, number, number], [number, number, number]];
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    const rgb = y < h * 0.6 ? top : bottom;
    const row = y * (w * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < w; x++) raw.set(rgb, row + 1 + x * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** A 16x16 favicon.ico holding one PNG image (allowed since Windows Vista, read by every browser). */
export function faviconIco(): Buffer {
  const png = sharePng(4821, 16, 16);
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header[6] = 16;
  header[7] = 16;
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, png]);
}
