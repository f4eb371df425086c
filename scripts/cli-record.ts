import type { Article } from '../utils/article/types';
import { toRecord, type ExtractRecord } from '../utils/article/to-record';
import { nationRecordFields } from '../utils/related/nation-fields';
import type { NationTags } from '../utils/related/types';
import { summaryRecordFields, type SummaryRecordFields } from '../utils/summary/record-fields';

/** What the CLI prints per page: the engine's record, then the summary and nation fields. */
export type CliRecord = ExtractRecord & SummaryRecordFields & { nations: NationTags };

/**
 * The CLI's record of an extracted article. Kept apart from the CLI's file handling (and jsdom)
 * so `bench/parity.ts` can bundle the very same function into a browser page.
 */
export function cliRecord(file: string, article: Article): CliRecord {
  return { ...toRecord(file, article), ...summaryRecordFields(article), ...nationRecordFields(article) };
}
