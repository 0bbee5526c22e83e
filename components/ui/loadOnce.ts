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
