// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { VirtualList } from './VirtualList';

describe('VirtualList', () => {
  it('renders only the rows in view, each saying its place in the whole list', () => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() => {
      render(
        <VirtualList count={10_000} rowHeight={80} label="Saved articles" keyOf={(i) => `row-${i}`} renderRow={(i) => <a href={`#${i}`} data-row-focus>{`Item ${i}`}</a>} />,
        root,
      );
    });
    const list = root.querySelector('[role="list"]')!;
    expect(list.getAttribute('aria-label')).toBe('Saved articles');
    const items = root.querySelectorAll('[role="listitem"]');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(40);
    expect(items[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(items[0]!.getAttribute('aria-posinset')).toBe('1');
    expect((list as HTMLElement).style.height).toBe('800000px');
  });

  it('moves focus to the next row with the arrow keys', () => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() => {
      render(<VirtualList count={100} rowHeight={80} label="L" keyOf={(i) => `r${i}`} renderRow={(i) => <a href={`#${i}`} data-row-focus>{`Item ${i}`}</a>} />, root);
    });
    const first = root.querySelector<HTMLAnchorElement>('[data-row="0"] a')!;
    first.focus();
    act(() => {
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(document.activeElement?.textContent).toBe('Item 1');
  });
});
