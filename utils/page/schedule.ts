/**
 * Runs `task` when the page is idle (or after `timeoutMs` at the latest), so Reelmark's work never
 * competes with the page's own start-up.
 */
export function whenIdle(win: Window, task: () => void, timeoutMs = 2000): void {
  if (typeof win.requestIdleCallback === 'function') {
    win.requestIdleCallback(() => task(), { timeout: timeoutMs });
  } else {
    win.setTimeout(task, 200);
  }
}

/**
 * Delays after a same-document navigation at which detection runs again. SPAs render the new view
 * some time after the URL changes; checking twice catches both quick and slow renders cheaply.
 */
export const SPA_RECHECK_DELAYS_MS = [400, 1500] as const;
