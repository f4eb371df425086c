/**
 * WordPress-style slug (like sanitize_title): accents dropped, apostrophes removed, everything
 * else that is not a letter or digit becomes a hyphen.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
