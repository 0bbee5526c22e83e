/**
 * Where a new number falls in its series: the next one, a duplicate, a gap, or the next number
 * dated before the last document of the series (a series is chronological). The place is
 * `placeInSeries`, the chronology `nextNumber` (docs/decisions/0020, 0086).
 */
import { addDays, formatDateFr, type IsoDate } from "../../dates";
import { DomainError } from "../../money";
import { formatNumber, nextNumber, placeInSeries, type NumberingSeries } from "../../numbering";
import { SINGLE_RATE_SELLERS, TWO_RATE_SELLERS } from "./catalogue";
import { defineGenerator, singleChoiceQuestion, type Difficulty } from "./generator";
import type { Random } from "./random";

export interface NumberingInputs {
  /** Every number issued, oldest first, all series together (what `placeInSeries` reads). */
  issued: string[];
  /** The state of the new document's series before it (what `nextNumber` reads). */
  series: NumberingSeries;
  number: string;
  date: IsoDate;
}

export const NUMBERING_OPTIONS = [
  { id: "suivant", text: "Le numéro suivant de la série\u00a0: conforme" },
  { id: "doublon", text: "Un doublon\u00a0: ce numéro a déjà été donné" },
  { id: "trou", text: "Un trou\u00a0: des numéros de la série sont sautés" },
  { id: "retour-en-arriere", text: "Un retour en arrière\u00a0: le document est daté avant le dernier de sa série" },
] as const;

export type NumberingOption = (typeof NUMBERING_OPTIONS)[number]["id"];

type Case = "single" | "creditNotes" | "newYear";

const RULE =
  "Un numéro de facture est unique et pris dans une série chronologique et continue, sans trou ni doublon (CGI, ann. II, art. 242 nonies A)\u00a0; chaque série (factures, avoirs) a sa propre suite, et une nouvelle série commence à 1.";

function range(prefix: string, year: number, last: number): string[] {
  return Array.from({ length: last }, (_, i) => formatNumber(prefix, year, i + 1));
}

interface Drawn {
  inputs: NumberingInputs;
  documentName: string;
  issuedText: string;
}

/** The numbers already issued, the series of the new document and its number and date, for the option wanted. */
function drawSituation(random: Random, difficulty: Difficulty, wanted: NumberingOption): Drawn {
  const year = random.int(2025, 2027);
  const invoices = random.int(20, 400);
  const situation: Case = difficulty < 3 || wanted === "retour-en-arriere" ? "single" : random.pick<Case>(["creditNotes", "newYear"]);
  const creditNotes = situation === "creditNotes" ? random.int(3, 19) : 0;
  const lastDate = situation === "newYear" ? random.date(`${year}-12-20`, `${year}-12-31`) : random.date(`${year}-02-01`, `${year}-11-30`);
  const issued = [...range("FA", year, invoices), ...range("AV", year, creditNotes)];
  const [prefix, last] = situation === "creditNotes" ? ["AV", creditNotes] : ["FA", invoices];
  const series: NumberingSeries = { kind: prefix === "AV" ? "creditNote" : "invoice", prefix, year, lastSequence: last, lastDate };
  const date = wanted === "retour-en-arriere" ? addDays(lastDate, -random.int(1, 6)) : situation === "newYear" ? random.date(`${year + 1}-01-02`, `${year + 1}-01-15`) : addDays(lastDate, random.int(0, 10));
  const numberYear = situation === "newYear" ? year + 1 : year;
  const nextSequence = situation === "newYear" ? 1 : last + 1;
  const sequence: Record<NumberingOption, () => string> = {
    suivant: () => formatNumber(prefix, numberYear, nextSequence),
    "retour-en-arriere": () => formatNumber(prefix, numberYear, nextSequence),
    doublon: () => formatNumber(prefix, year, last - random.int(0, Math.min(4, last - 1))),
    // Skipping numbers; a credit note continuing the invoices' numbers; a new year continuing the old one.
    trou: () => formatNumber(prefix, numberYear, situation === "creditNotes" ? invoices + 1 : situation === "newYear" ? last + 1 : last + random.int(2, 4)),
  };
  const issuedText =
    `factures ${formatNumber("FA", year, 1)} à ${formatNumber("FA", year, invoices)}` + (creditNotes > 0 ? `\u00a0; avoirs ${formatNumber("AV", year, 1)} à ${formatNumber("AV", year, creditNotes)}` : "");
  return { inputs: { issued, series, number: sequence[wanted](), date }, documentName: prefix === "AV" ? "l'avoir" : "la facture", issuedText };
}

function placeSentence(inputs: NumberingInputs): { option: NumberingOption; text: string } {
  const { number, series, date } = inputs;
  const place = placeInSeries(number, inputs.issued);
  const lastNumber = formatNumber(series.prefix, series.year, series.lastSequence);
  switch (place.kind) {
    case "duplicate":
      return { option: "doublon", text: `${number} a déjà été donné\u00a0: c'est un doublon.` };
    case "gap":
      return {
        option: "trou",
        text: `${place.previous !== undefined ? `Le dernier numéro de sa série est ${place.previous}` : "Aucun numéro n'a encore été donné dans cette série"}\u00a0: le suivant attendu est ${place.expected}. ${number} saute des numéros\u00a0: c'est un trou.`,
      };
    case "next": {
      const chronological = nextNumber(series, date);
      if (!chronological.ok) {
        return {
          option: "retour-en-arriere",
          text: `${number} suit bien ${lastNumber}, mais le document est daté du ${formatDateFr(date)}, avant le dernier de la série (${lastNumber} du ${formatDateFr(series.lastDate ?? date)})\u00a0: la numérotation est chronologique.`,
        };
      }
      const start = chronological.sequence === 1 ? `Nouvelle année\u00a0: la série repart à 1, ${number} est le premier numéro.` : `${number} suit ${lastNumber}, dernier numéro de sa série.`;
      return { option: "suivant", text: `${start} Conforme.` };
    }
    case "noSequence":
      throw new DomainError("quiz.generator.numbering", `${number}\u00a0: numéro sans numéro d'ordre, hors des cas tirés.`);
  }
}

export const numberingGenerator = defineGenerator<NumberingInputs>({
  id: "numerotation",
  label: "Numéro de facture ou d'avoir\u00a0: suivant, doublon, trou dans la série ou date qui recule",
  stage: "invoicing",
  notion: "invoiceNumber",
  draw(random, difficulty) {
    const seller = random.pick([...SINGLE_RATE_SELLERS, ...TWO_RATE_SELLERS]).name;
    const wanted = random.pick<NumberingOption>(difficulty === 1 ? ["suivant", "doublon", "trou"] : ["suivant", "doublon", "trou", "retour-en-arriere"]);
    const { inputs, documentName, issuedText } = drawSituation(random, difficulty, wanted);
    const { option, text } = placeSentence(inputs);
    const last = formatNumber(inputs.series.prefix, inputs.series.year, inputs.series.lastSequence);
    const prompt =
      `${seller} a déjà émis, en ${inputs.series.year}\u00a0: ${issuedText}\u00a0; le dernier document de la série ${inputs.series.prefix}, ${last}, est daté du ${formatDateFr(inputs.series.lastDate ?? inputs.date)}. ` +
      `Vous contrôlez ${documentName} du ${formatDateFr(inputs.date)}, qui porte le numéro ${inputs.number}. Ce numéro est\u00a0:`;
    const options = NUMBERING_OPTIONS.map((o) => (o.id === option ? o : { ...o, feedback: text }));
    return { inputs, question: singleChoiceQuestion(options, option, prompt, [text, RULE]) };
  },
});
