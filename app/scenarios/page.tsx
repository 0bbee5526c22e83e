import { CATALOG_SUMMARIES } from "@/components/catalog/catalog";
import type { Metadata } from "next";
import { ScenarioLibrary } from "@/components/library/ScenarioLibrary";

export const metadata: Metadata = { title: "Scénarios" };

export default function ScenariosPage() {
  return (
    <>
      <h1>Bibliothèque des scénarios</h1>
      <p className="lead">
        Chaque scénario vous place au poste de l&apos;administration des ventes d&apos;une entreprise, devant son PGI&nbsp;:
        choisissez une étape du cours ou votre niveau, puis commencez. Votre progression est gardée d&apos;une séance à
        l&apos;autre dans ce navigateur.
      </p>
      <ScenarioLibrary scenarios={CATALOG_SUMMARIES} />
    </>
  );
}
