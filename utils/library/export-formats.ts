/** The formats the library exports to. */
export type ExportFormat = 'reelmark-json' | 'csv' | 'markdown' | 'netscape-html' | 'bibtex' | 'ris' | 'csl-json';

/** Every export format, in the order the library page offers them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['reelmark-json', 'csv', 'markdown', 'netscape-html', 'bibtex', 'ris', 'csl-json'];

/** What to export: everything, one list, or chosen items (one item is a one-element choice). */
export type ExportScope = { kind: 'all' } | { kind: 'list'; listId: string } | { kind: 'items'; urls: readonly string[] };
