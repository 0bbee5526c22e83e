export type QuantityReading = { ok: true; quantity: number } | { ok: false; error: string };

/** A whole number of units as typed in a form ("12"); empty, negative or decimal is refused in French. */
export function readQuantity(text: string): QuantityReading {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, error: "Indiquez une quantité (0 si rien)." };
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: `«\u00a0${trimmed}\u00a0» n'est pas une quantité\u00a0: un nombre entier positif ou nul.` };
  const quantity = Number(trimmed);
  return Number.isSafeInteger(quantity) ? { ok: true, quantity } : { ok: false, error: `«\u00a0${trimmed}\u00a0» est trop grand.` };
}
