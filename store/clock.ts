import type { IsoDate } from "@/domain";

/**
 * Today in the learner's time zone, the one real date of the app (the store dates what the learner
 * does, as attempts date their saves): a quiz answered at 0 h 30 in Paris belongs to that day,
 * not to the day before in UTC. The engine never reads the clock: this date is its input.
 */
export function today(now: Date = new Date()): IsoDate {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
