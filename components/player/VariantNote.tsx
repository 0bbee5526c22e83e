import { SiteLink } from "@/components/ui/SiteLink";

/** Whose figures a scenario with variants is played in (docs/decisions/0144). */
export interface VariantShown {
  /** The learner's pseudonym; empty when the link's seed chose the variant, or when no pseudonym is chosen yet. */
  pseudonym: string;
  /** The variant's seed; empty when none was drawn. */
  seed: string;
  /** False when the learner plays the common version. */
  drawn: boolean;
}

/** What a learner reads above a scenario whose figures vary: theirs, the link's, or why they play the common version. */
export function VariantNote({ variant }: { variant: VariantShown }) {
  if (variant.drawn && variant.pseudonym === "") return <p className="variant-note muted">Variante {variant.seed}, choisie par votre enseignant dans le lien.</p>;
  if (variant.drawn) {
    return (
      <p className="variant-note muted">
        Vos chiffres sont ceux de votre pseudonyme, «&nbsp;{variant.pseudonym}&nbsp;» (variante {variant.seed})&nbsp;: votre voisin a les
        siens.
      </p>
    );
  }
  if (variant.seed !== "") {
    return <p className="variant-note muted">Ce scénario change ses chiffres d&apos;un élève à l&apos;autre, mais votre variante ne se joue pas jusqu&apos;au bout&nbsp;: vous jouez la version commune (dites-le à votre enseignant).</p>;
  }
  return (
    <p className="variant-note muted">
      Les chiffres de ce scénario changent d&apos;un élève à l&apos;autre&nbsp;: <SiteLink href="/eleve/">choisissez votre pseudonyme</SiteLink> pour recevoir les vôtres. En attendant, vous jouez la version commune.
    </p>
  );
}
