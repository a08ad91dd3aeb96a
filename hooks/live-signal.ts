import { type Signal, useSignal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { useEffect } from 'preact/hooks';

/**
 * A Dexie live query as a signal: it re-runs whenever the data it read changes, in this panel or in
 * any other page of the extension (another open panel), so every view stays in sync.
 */
export function useLiveSignal<T>(query: () => Promise<T>, deps: unknown[], initial: T): Signal<T> {
  const value = useSignal<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (result) => {
        value.value = result;
      },
      error: () => {
        // The query fails only when the database does; the write paths report that to the reader.
      },
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
