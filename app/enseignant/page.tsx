import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/SiteLink";
import { TeacherSpace } from "@/components/authoring/library/TeacherSpace";
import { CATALOG } from "@/components/catalog/catalog";

export const metadata: Metadata = { title: "Espace enseignant" };

/** The bundled scenarios a teacher may copy: titles only; their texts are fetched on demand. */
const BUNDLED = CATALOG.map(({ scenario }) => ({ id: scenario.id, title: scenario.title, stages: scenario.stages }));

export default function TeacherPage() {
  return (
    <>
      <h1>Espace enseignant</h1>
      <p className="lead">
        Vos scénarios et questionnaires, gardés dans ce navigateur&nbsp;: créez-en, importez-en, exportez-les en fichier ou
        partagez-les par un lien que l&apos;élève ouvre pour jouer. Chaque document est vérifié comme en ligne de commande.
      </p>
      <p>
        <SiteLink href="/enseignant/classe/">
          Résultats de la classe
        </SiteLink>{"\u00a0"}
        : importez les fichiers de résultats que vos élèves ont exportés, voyez qui a manqué quoi.
      </p>
      <TeacherSpace bundled={BUNDLED} />
    </>
  );
}
