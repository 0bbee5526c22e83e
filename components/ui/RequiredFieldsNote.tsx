/**
 * The legend of the asterisk: a required field shows "*" (hidden from screen readers, which hear
 * "requis" from aria-required), and this sentence says what it means (docs/decisions/0094).
 */
export function RequiredFieldsNote() {
  return <p className="muted required-note">Les champs marqués d&apos;un astérisque (*) sont obligatoires.</p>;
}
