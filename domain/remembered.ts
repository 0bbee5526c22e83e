/**
 * A pure function of one string or number, remembered: a game formats the same amounts and reads
 * the same dates thousands of times (every simulated day of the follow-up, every feedback text),
 * and Intl's formatting and a date's parsing cost far more than a lookup (issue 16). Bounded, so
 * the distinct values of a long session never pile up: the memory is emptied when it is full. A
 * call that throws leaves nothing behind.
 */
export function remembered<K extends string | number, V>(compute: (key: K) => V, limit = 4_096): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as V;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
