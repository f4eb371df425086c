/** One entry of a `_locales/<lang>/messages.json` file. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/**
 * Formats a message the way `browser.i18n.getMessage` does: named `$PLACEHOLDER$`s resolve to
 * their `content`, and `$1`..`$9` to the substitutions. Used where the browser's i18n is absent
 * (unit tests, Node scripts).
 */
export function formatLocaleMessage(entry: LocaleMessage | undefined, substitutions?: string | string[]): string {
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : whole;
    })
    .replace(/\$\$/g, '$');
}
