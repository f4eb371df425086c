import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** How many rows the list has. */
  count: number;
  /** Fixed height of every row, in CSS pixels. */
  rowHeight: number;
  /** A stable key for row `index`. */
  keyOf(index: number): string;
  /** Renders row `index`. */
  renderRow(index: number): ComponentChildren;
  /** Accessible name of the list. */
  label: string;
  /** Rows rendered above and below the visible ones. */
  overscan?: number;
}

/**
 * A list that renders only the rows in view (plus a few): thousands of items cost the DOM a few
 * dozen rows. Rows say their position (`aria-posinset`/`aria-setsize`) so screen readers know
 * the real length; Up/Down, Page Up/Down, Home and End move focus from row to row, scrolling as
 * needed.
 */
export function VirtualList({ count, rowHeight, keyOf, renderRow, label, overscan = 6 }: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(800);
  const pendingFocus = useRef<number | null>(null);

  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    setHeight(el.clientHeight || 800);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 800));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A shorter list (new filter, search) must not leave the view scrolled past its end.
  useEffect(() => {
    const el = viewport.current;
    if (el && el.scrollTop > count * rowHeight) {
      el.scrollTop = 0;
      setScrollTop(0);
    }
  }, [count, rowHeight]);

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const target = viewport.current?.querySelector<HTMLElement>(`[data-row="${index}"] [data-row-focus]`);
    if (target) {
      pendingFocus.current = null;
      target.focus();
    }
  });

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  function focusRow(index: number): void {
    const el = viewport.current;
    if (!el || count === 0) return;
    const i = Math.max(0, Math.min(count - 1, index));
    const top = i * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
    setScrollTop(el.scrollTop);
    pendingFocus.current = i;
    const target = el.querySelector<HTMLElement>(`[data-row="${i}"] [data-row-focus]`);
    if (target) {
      pendingFocus.current = null;
      target.focus();
    }
  }

  function onKeyDown(e: KeyboardEvent): void {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!row || (e.target as HTMLElement).matches('input[type="text"], input[type="search"], textarea')) return;
    const index = Number(row.dataset.row);
    const page = Math.max(1, Math.floor((viewport.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: count - 1 };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    focusRow(to);
  }

  const rows = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div
        role="listitem"
        key={keyOf(i)}
        data-row={i}
        aria-posinset={i + 1}
        aria-setsize={count}
        class="vrow"
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
      >
        {renderRow(i)}
      </div>,
    );
  }

  return (
    <div class="viewport" ref={viewport} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} onKeyDown={onKeyDown}>
      <div role="list" aria-label={label} class="spacer" style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
