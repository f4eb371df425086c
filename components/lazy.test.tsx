// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { lazyComponent } from './lazy';

// Preact runs effects after the next frame; a short wait lets them (and the load) finish.
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('lazyComponent', () => {
  it('shows the placeholder, then the loaded component, and loads the code once', async () => {
    let loads = 0;
    const Greeting = lazyComponent<{ name: string }>(
      () => {
        loads++;
        return Promise.resolve(({ name }) => <p>Hello {name}</p>);
      },
      ({ name }) => <p>Loading {name}</p>,
    );
    const root = document.createElement('div');
    render(<Greeting name="Ana" />, root);
    expect(root.textContent).toBe('Loading Ana');
    await tick();
    await tick();
    expect(root.textContent).toBe('Hello Ana');
    const again = document.createElement('div');
    render(<Greeting name="Ben" />, again);
    // Already loaded: no placeholder the second time.
    expect(again.textContent).toBe('Hello Ben');
    expect(loads).toBe(1);
  });

  it('keeps the placeholder when the code fails to load, and tries again on the next mount', async () => {
    let loads = 0;
    const Broken = lazyComponent<object>(
      () => {
        loads++;
        return Promise.reject(new Error('offline'));
      },
      () => <p>Unavailable</p>,
    );
    const root = document.createElement('div');
    render(<Broken />, root);
    await tick();
    expect(root.textContent).toBe('Unavailable');
    render(null, root);
    render(<Broken />, root);
    await tick();
    expect(loads).toBe(2);
  });
});

describe('lazyComponent when idle', () => {
  it('waits for an idle moment before loading', async () => {
    const idle: (() => void)[] = [];
    const original = globalThis.requestIdleCallback;
    globalThis.requestIdleCallback = ((cb: () => void) => (idle.push(cb), 1)) as typeof requestIdleCallback;
    try {
      let loads = 0;
      const Later = lazyComponent<object>(
        () => {
          loads++;
          return Promise.resolve(() => <p>Loaded</p>);
        },
        () => <p>Not yet</p>,
        { whenIdle: true },
      );
      const root = document.createElement('div');
      render(<Later />, root);
      await tick();
      expect(loads).toBe(0);
      expect(root.textContent).toBe('Not yet');
      idle.splice(0).forEach((run) => run());
      await tick();
      expect(loads).toBe(1);
      expect(root.textContent).toBe('Loaded');
    } finally {
      globalThis.requestIdleCallback = original;
    }
  });
});
