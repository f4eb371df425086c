/**
 * Performance marks read by `npm run bench:library` (and visible in the browser's performance
 * panel). Marks cost nothing measurable; nothing in the product depends on them.
 */
export const PERF = {
  popupInteractive: 'reelmark:popup-interactive',
  libraryStart: 'reelmark:library-start',
  libraryFirstRows: 'reelmark:library-first-rows',
  libraryInteractive: 'reelmark:library-interactive',
  libraryLoaded: 'reelmark:library-loaded',
  searchReady: 'reelmark:search-ready',
  search: 'reelmark:search',
  searchCompute: 'reelmark:search-compute',
  importParsed: 'reelmark:import-parsed',
  importCommitted: 'reelmark:import-committed',
  importIndexed: 'reelmark:import-indexed',
  exportDone: 'reelmark:export',
  readerInteractive: 'reelmark:reader-interactive',
} as const;

/** Resolves once the current update has been painted (after the next frame). */
export function afterPaint(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 0)));
}

/** Marks `name` once the current update has been painted (after the next frame). */
export function markAfterPaint(win: Window, name: string): void {
  void afterPaint(win).then(() => win.performance.mark(name));
}

/** Runs `fn`, recording its duration as a performance measure named `name`. */
export function measured<T>(perf: Performance, name: string, fn: () => T): T {
  const start = perf.now();
  try {
    return fn();
  } finally {
    perf.measure(name, { start, end: perf.now() });
  }
}
