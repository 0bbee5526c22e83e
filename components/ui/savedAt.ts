const savedAtFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short" });

/** « 2 décembre 2026 à 12:05 »: when something was saved, in the reader's time zone. */
export function savedAtText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : savedAtFormat.format(date);
}
