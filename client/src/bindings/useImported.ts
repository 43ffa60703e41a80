// A module loaded on demand and rendered the moment it is there. React.lazy does the same through
// Suspense, but React holds back revealing a suspended boundary for up to 300 ms (its throttling
// of fallbacks, meant to avoid flicker): on a board link that delayed the board by that much,
// twice (the page, then the canvas).
import { useEffect, useState } from 'react';

type Loaded<T> =
  { status: 'loading' } | { status: 'ready'; module: T } | { status: 'failed'; error: unknown };

/**
 * The module `load` resolves to, or null while it loads. `load` should be a stable function
 * (module scope) that starts the import once and returns the same promise after. A failed import
 * is thrown during render, as a failed `lazy` component would be.
 */
export function useImported<T>(load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (module) => live && setLoaded({ status: 'ready', module }),
      (error: unknown) => live && setLoaded({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (loaded.status === 'failed') throw loaded.error;
  return loaded.status === 'ready' ? loaded.module : null;
}
