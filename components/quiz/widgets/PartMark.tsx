/** A judged part of the answer, in words and not by colour alone. */
export function PartMark({ right, text }: { right: boolean; text?: string }) {
  return <span className={`quiz-mark ${right ? "is-right" : "is-wrong"}`}>{text ?? (right ? "✓ juste" : "✗ à revoir")}</span>;
}
