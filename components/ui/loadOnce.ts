/**
 * A module fetched by import() at most once per page, however many callers ask for it meanwhile:
 * they all wait for the same promise. A failed fetch (offline, a new version deployed) is
 * forgotten, so that the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/** A fetch that says its result once it is over, so that a render can use what was fetched earlier without waiting. */
export type TrackedFetch<T> = Promise<T> & { value?: T };

/**
 * One fetch per key (a stage's panel, a screen of the PGI), each made at most once and keeping its
 * result: a render reads `loaded(key)`, and suspends by throwing `fetch(key)` while it is missing
 * (a thrown fetch, not `use`, which would hand the rest of a test's synchronous `act` to later ticks).
 * A failed fetch is forgotten, so that the next render tries again.
 */
export function trackedFetches<Loaded>(loaders: { readonly [K in keyof Loaded]: () => Promise<Loaded[K]> }) {
  const fetches: { [K in keyof Loaded]?: TrackedFetch<Loaded[K]> } = {};
  return {
    fetch<K extends keyof Loaded>(key: K): TrackedFetch<Loaded[K]> {
      const started = fetches[key];
      if (started) return started;
      const fetching: TrackedFetch<Loaded[K]> = loaders[key]();
      fetching.then(
        (value) => {
          fetching.value = value;
        },
        () => {
          delete fetches[key];
        },
      );
      fetches[key] = fetching;
      return fetching;
    },
    loaded<K extends keyof Loaded>(key: K): Loaded[K] | undefined {
      return fetches[key]?.value;
    },
  };
}
