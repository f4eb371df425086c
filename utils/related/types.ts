/** The national cinemas a piece is about, as ISO 3166-1 alpha-2 codes (e.g. `KZ`, `MX`). */
export interface NationTags {
  /** Nations the piece is about: named in the title or section, or mentioned repeatedly. */
  about: string[];
  /** Nations only mentioned in passing (a co-producer named once). */
  mentioned: string[];
}
