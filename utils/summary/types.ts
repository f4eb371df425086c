/** An article's summary, as shown in the popup and stored with saved articles. */
export interface ArticleSummary {
  /** 3 to 5 key points: sentences as they stand in the body (extractive) or the model's points. */
  points: string[];
  /** A one-line TL;DR. */
  tldr: string;
  /** BCP 47 language the summary is written in. */
  lang: string | null;
  /** Where it came from: the instant extractive summariser or the browser's on-device model. */
  source: 'extractive' | 'on-device';
}
