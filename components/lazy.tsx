import type { FunctionComponent, VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads on first use. Pages keep the code a first screen does not need
 * out of their first download (the library page must be usable within 100 ms); until the code
 * is in, `placeholder` renders in its place. Loaded once, then shared by every instance. With
 * `whenIdle`, loading waits for the page to be idle, so it never competes with a first screen.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<FunctionComponent<P>>,
  placeholder: (props: P) => VNode | null,
  { whenIdle = false }: { whenIdle?: boolean } = {},
): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | null = null;
  let loading: Promise<FunctionComponent<P>> | null = null;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<FunctionComponent<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      const start = () => {
        if (!live) return;
        loading ??= load().then((c) => (loaded = c));
        loading.then(
          (c) => live && setComponent(() => c),
          () => (loading = null),
        );
      };
      if (whenIdle && !loading && typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
      else start();
      return () => {
        live = false;
      };
    }, [Component]);
    return Component ? <Component {...props} /> : placeholder(props);
  };
}
