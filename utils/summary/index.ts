/**
 * The summary domain's public surface: the instant extractive summariser (pure; runs in the
 * popup, the background, workers and Node) and the record fields the library and the extract CLI
 * store. The on-device model lives in `on-device.ts` and is driven by `utils/ui/summary-model.ts`.
 */
export { summarizeArticle, type SummaryInput } from './summarize-article';
export { summaryRecordFields, type SummaryRecordFields } from './record-fields';
export { keyPointCount, SUMMARY_MIN_WORDS } from './point-count';
export type { ArticleSummary } from './types';
