/**
 * A short visible label ("Verdict") whose accessible name carries its row ("Verdict, CH-ERGO-300"):
 * the visible word is hidden from assistive technologies and the full name is visually hidden.
 * A hidden suffix alone ("Verdict<span>, CH-ERGO-300</span>") is read « Verdict , CH-ERGO-300 » by
 * Chromium, which puts a space before any element taken out of the flow.
 */
export function ContextLabel({ visible, full }: { visible: string; full: string }) {
  return (
    <>
      <span aria-hidden="true">{visible}</span>
      <span className="visually-hidden">{full}</span>
    </>
  );
}
