/** A time measured in milliseconds, written in seconds to the tenth (results files, attempts' history). */
export function secondsOf(ms: number): number {
  return Math.round(ms / 100) / 10;
}

/** The total of the times measured, in seconds to the tenth; null when none was. */
export function totalSeconds(durationsMs: readonly (number | null | undefined)[]): number | null {
  const known = durationsMs.filter((ms): ms is number => typeof ms === "number");
  return known.length === 0 ? null : secondsOf(known.reduce((sum, ms) => sum + ms, 0));
}
