import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CATALOG, findScenario } from "@/components/catalog/catalog";
import { summarize } from "@/components/catalog/summary";
import { servedVariantPatches } from "@/components/catalog/variants";
import { LearnerScenario } from "@/components/player/LearnerScenario";

export function generateStaticParams() {
  return CATALOG.map((entry) => ({ id: entry.scenario.id }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const scenario = findScenario(id);
  // The title a learner reads: the teacher's neutral one when set (summary.ts).
  return { title: scenario ? summarize(scenario).title : "Scénario" };
}

export default async function ScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const entry = CATALOG.find((candidate) => candidate.scenario.id === id);
  if (!entry) notFound();
  const variants = servedVariantPatches(entry);
  return (
    <>
      <h1 className="visually-hidden">{summarize(entry.scenario).title}</h1>
      <LearnerScenario scenario={entry.scenario} {...(variants !== undefined ? { variants } : {})} />
    </>
  );
}
