import type { Metadata } from "next";
import { GlossaryList } from "@/components/glossary/GlossaryList";

export const metadata: Metadata = { title: "Glossaire" };

export default function GlossaryPage() {
  return (
    <>
      <h1>Glossaire de la relation client</h1>
      <p className="lead">Les termes du cours, dans l&apos;ordre alphabétique, avec l&apos;étape où on les rencontre.</p>
      <GlossaryList />
    </>
  );
}
