/**
 * The bundled scenarios, parsed once through the same boundary as the command line (schema and
 * consistency rules). catalog.test.ts checks that this list matches the folder.
 */
import type { Scenario } from "@/domain";
import { parseScenario } from "@/domain/scenarioLoad";
import { summarize, type ScenarioSummary } from "./summary";
import scenario1 from "@/scenarios/01-nouveau-client-par-telephone.json";
import scenario2 from "@/scenarios/02-depassement-d-encours.json";
import scenario3 from "@/scenarios/03-mentions-manquantes.json";
import scenario4 from "@/scenarios/04-choisir-l-etape-de-relance.json";
import scenario5 from "@/scenarios/05-chaine-complete-livraison-partielle-acompte.json";
import scenario6 from "@/scenarios/06-facture-et-avoir.json";
import scenario7 from "@/scenarios/07-controle-facture-reforme-grande-entreprise.json";
import scenario8 from "@/scenarios/08-reglement-partiel-et-litige.json";
import scenario9 from "@/scenarios/09-client-insolvable-refuse.json";
import scenario10 from "@/scenarios/10-bon-de-commande-non-signe.json";
import scenario11 from "@/scenarios/11-parcours-complet-devis-a-reglement.json";
import scenario12 from "@/scenarios/12-mise-en-demeure-et-injonction-de-payer.json";
import scenario13 from "@/scenarios/13-facture-deposee-sur-la-plateforme.json";
import scenario14 from "@/scenarios/14-telecopie-du-representant.json";
import scenario15 from "@/scenarios/15-devis-signe-apres-expiration.json";
import scenario16 from "@/scenarios/16-incidents-de-paiement-garage.json";
import scenario17 from "@/scenarios/17-lettre-d-un-nouveau-client.json";
import scenario18 from "@/scenarios/18-remises-successives-et-reliquat.json";
import scenario19 from "@/scenarios/19-fabrication-sur-mesure-livraison-unique.json";
import scenario20 from "@/scenarios/20-client-en-sauvegarde-livraisons-echelonnees.json";
import scenario21 from "@/scenarios/21-redressement-paiement-a-la-commande.json";
import scenario22 from "@/scenarios/22-menuiseries-sur-mesure-acompte.json";
import scenario23 from "@/scenarios/23-retour-d-un-particulier-avoir-total.json";
import scenario24 from "@/scenarios/24-servante-abimee-rabais.json";
import scenario25 from "@/scenarios/25-epicerie-et-emballages-deux-taux.json";
import scenario26 from "@/scenarios/26-facture-de-fournitures-incomplete.json";
import scenario27 from "@/scenarios/27-cascade-remises-escompte-erronee.json";
import scenario28 from "@/scenarios/28-avoir-de-ristourne.json";
import scenario29 from "@/scenarios/29-facture-a-un-particulier-deux-taux.json";
import scenario30 from "@/scenarios/30-pre-relance-et-premiere-relance.json";
import scenario31 from "@/scenarios/31-lettre-recommandee-et-penalites.json";
import scenario32 from "@/scenarios/32-particulier-jusqu-a-la-mise-en-demeure.json";
import scenario33 from "@/scenarios/33-chaine-litige-et-reglement-partiel.json";
import scenario34 from "@/scenarios/34-chaine-injonction-de-payer-tribunal-judiciaire.json";
import scenario35 from "@/scenarios/35-parcours-complet-fournitures-de-bureau.json";
import scenario36 from "@/scenarios/36-commande-d-une-brasserie-au-grossiste.json";
import scenario37 from "@/scenarios/37-nouveau-client-materiel-informatique.json";
import scenario38 from "@/scenarios/38-materiaux-pour-un-chantier-sarthois.json";
import scenario39 from "@/scenarios/39-commande-d-outillage-d-un-garage-client.json";
import scenario40 from "@/scenarios/40-facture-de-materiaux-sans-conditions-de-retard.json";

export interface CatalogEntry {
  /** The file name, as the command line reports it. */
  file: string;
  scenario: Scenario;
  /** The file's JSON as written (amounts as decimal strings): what a teacher copies into their library. */
  source: unknown;
}

const FILES: readonly [string, unknown][] = [
  ["01-nouveau-client-par-telephone.json", scenario1],
  ["02-depassement-d-encours.json", scenario2],
  ["03-mentions-manquantes.json", scenario3],
  ["04-choisir-l-etape-de-relance.json", scenario4],
  ["05-chaine-complete-livraison-partielle-acompte.json", scenario5],
  ["06-facture-et-avoir.json", scenario6],
  ["07-controle-facture-reforme-grande-entreprise.json", scenario7],
  ["08-reglement-partiel-et-litige.json", scenario8],
  ["09-client-insolvable-refuse.json", scenario9],
  ["10-bon-de-commande-non-signe.json", scenario10],
  ["11-parcours-complet-devis-a-reglement.json", scenario11],
  ["12-mise-en-demeure-et-injonction-de-payer.json", scenario12],
  ["13-facture-deposee-sur-la-plateforme.json", scenario13],
  ["14-telecopie-du-representant.json", scenario14],
  ["15-devis-signe-apres-expiration.json", scenario15],
  ["16-incidents-de-paiement-garage.json", scenario16],
  ["17-lettre-d-un-nouveau-client.json", scenario17],
  ["18-remises-successives-et-reliquat.json", scenario18],
  ["19-fabrication-sur-mesure-livraison-unique.json", scenario19],
  ["20-client-en-sauvegarde-livraisons-echelonnees.json", scenario20],
  ["21-redressement-paiement-a-la-commande.json", scenario21],
  ["22-menuiseries-sur-mesure-acompte.json", scenario22],
  ["23-retour-d-un-particulier-avoir-total.json", scenario23],
  ["24-servante-abimee-rabais.json", scenario24],
  ["25-epicerie-et-emballages-deux-taux.json", scenario25],
  ["26-facture-de-fournitures-incomplete.json", scenario26],
  ["27-cascade-remises-escompte-erronee.json", scenario27],
  ["28-avoir-de-ristourne.json", scenario28],
  ["29-facture-a-un-particulier-deux-taux.json", scenario29],
  ["30-pre-relance-et-premiere-relance.json", scenario30],
  ["31-lettre-recommandee-et-penalites.json", scenario31],
  ["32-particulier-jusqu-a-la-mise-en-demeure.json", scenario32],
  ["33-chaine-litige-et-reglement-partiel.json", scenario33],
  ["34-chaine-injonction-de-payer-tribunal-judiciaire.json", scenario34],
  ["35-parcours-complet-fournitures-de-bureau.json", scenario35],
  ["36-commande-d-une-brasserie-au-grossiste.json", scenario36],
  ["37-nouveau-client-materiel-informatique.json", scenario37],
  ["38-materiaux-pour-un-chantier-sarthois.json", scenario38],
  ["39-commande-d-outillage-d-un-garage-client.json", scenario39],
  ["40-facture-de-materiaux-sans-conditions-de-retard.json", scenario40],
];

function load([file, data]: [string, unknown]): CatalogEntry {
  const parsed = parseScenario(data, file);
  if (!parsed.ok) throw new Error(`Scénario livré invalide\u00a0: ${parsed.issues.map((i) => `${i.path}\u00a0: ${i.message}`).join("\u00a0; ")}`);
  return { file, scenario: parsed.scenario, source: data };
}

export const CATALOG: readonly CatalogEntry[] = FILES.map(load);

export const CATALOG_FILES: readonly string[] = FILES.map(([file]) => file);

export function findScenario(id: string): Scenario | undefined {
  return CATALOG.find((entry) => entry.scenario.id === id)?.scenario;
}

/** The scenarios as listed (library, learning path): see summary.ts. */
export const CATALOG_SUMMARIES: readonly ScenarioSummary[] = CATALOG.map((entry) => summarize(entry.scenario));
