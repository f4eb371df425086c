import type { FunctionComponent, VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads on first use. Pages keep the code a first screen does not need
 * out of their first download (the library page must be usable within 100 ms); until the code
 * is in, `placeholder` renders in its place. Loaded once, then shared by every instance.
 */
export function lazyComponent<P extends object>(load: () => Promise<FunctionComponent<P>>, placeholder: (props: P) => VNode | null): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | null = null;
  let loading: Promise<FunctionComponent<P>> | null = null;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<FunctionComponent<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      loading ??= load().then((c) => (loaded = c));
      loading.then(
        (c) => live && setComponent(() => c),
        () => (loading = null),
      );
      return () => {
        live = false;
      };
    }, [Component]);
    return Component ? <Component {...props} /> : placeholder(props);
  };
}
