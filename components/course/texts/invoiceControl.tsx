import { fineMaximaText, FINE_PER_MENTION_CENTS, formatEuros, formatPercent, formatWholeEuros, MENTIONS, mentionsOfList, reformCalendar } from "@/domain";
import { SiteLink } from "@/components/ui/SiteLink";
import { notionCourseHref } from "@/components/ui/courseLinks";
import type { StageTexts } from "../CourseParts";
import { ADDED_DISCOUNTS_EXAMPLE, CASCADE_EXAMPLE, CASCADE_INPUT } from "../workedExamples";

const courseMentions = mentionsOfList("course");
/** The law's list without the course's seven, in the legal numbering; the reform's mentions apart. */
const addedByLaw = mentionsOfList("legal").filter((code) => !courseMentions.includes(code));
const REFORM_ITEMS = new Set([16, 17, 18]);
/** Items 16 to 18 of the legal list, and the buyer's SIREN that the reform adds to item 4. */
const isReformMention = (code: (typeof addedByLaw)[number]) => REFORM_ITEMS.has(MENTIONS[code].legalItem ?? 0) || code === "buyerSiren";

const addedPercent = (CASCADE_INPUT.tradeDiscounts ?? []).reduce((sum, percent) => sum + percent, 0);

/** Stage 4: why and how the invoice is checked before it leaves: the course's mentions, the law's, the arithmetic. */
export const INVOICE_CONTROL_TEXTS: StageTexts<"invoiceControl"> = {
  controlPurpose: (
    <p>
      On contrôle la facture <strong>avant de l’envoyer</strong>, pour qu’elle soit conforme : une facture fausse ou incomplète provoque une
      réclamation du client, retarde son paiement, et expose le vendeur à des amendes. Le contrôle porte sur deux choses : les mentions
      obligatoires et les calculs.
    </p>
  ),
  mandatoryMentions: (
    <>
      <p>Le cours retient sept mentions à vérifier sur chaque facture :</p>
      <ol>
        {courseMentions.map((code) => (
          <li key={code}>{MENTIONS[code].label}</li>
        ))}
      </ol>
    </>
  ),
  legalMentions: (
    <>
      <p>
        La loi (Code de commerce, article L441-9 ; Code général des impôts) en demande davantage. Outre celles du cours, une facture entre
        professionnels porte :
      </p>
      <ul className="course-columns">
        {addedByLaw
          .filter((code) => !isReformMention(code) && MENTIONS[code].legalItem !== undefined)
          .map((code) => (
            <li key={code}>{MENTIONS[code].label}</li>
          ))}
      </ul>
      <p>Avec la réforme de la facturation électronique (à partir du {reformCalendar()}) s’ajoutent :</p>
      <ul>
        {addedByLaw.filter(isReformMention).map((code) => (
          // The list says it is the reform's: the label's own « (réforme) » would say it twice.
          <li key={code}>{MENTIONS[code].label.replace(/\s*\(réforme\)$/u, "")}</li>
        ))}
      </ul>
      <p>
        Un avoir cite en plus le numéro et la date de la facture d’origine. Chaque mention manquante ou fausse coûte une amende fiscale de{" "}
        {formatWholeEuros(FINE_PER_MENTION_CENTS)}, plafonnée au quart du montant de la facture ; les manquements aux règles de facturation sont
        punis d’une amende administrative {fineMaximaText("L441-9")}.
      </p>
    </>
  ),
  invoiceArithmetic: (
    <>
      <p>On refait chaque calcul, dans l’ordre de la facture :</p>
      <ol>
        <li>chaque ligne : quantité × prix unitaire HT ;</li>
        <li>le montant brut : la somme des lignes ;</li>
        <li>chaque réduction, sur le net précédent, jusqu’au net commercial puis au net financier ;</li>
        <li>le port, le total HT, la TVA de chaque taux, le total TTC, l’acompte déduit et le net à payer.</li>
      </ol>
      <p className="course-example">
        <strong>Une erreur fréquente</strong> : additionner les remises. Sur l’exemple de la{" "}
        <SiteLink href={notionCourseHref("invoiceCascade")}>cascade de l’étape Facturation</SiteLink>, appliquer {formatPercent(addedPercent)} d’un
        coup donne un net commercial de {formatEuros(ADDED_DISCOUNTS_EXAMPLE.netCommercialCents)} au lieu de{" "}
        {formatEuros(CASCADE_EXAMPLE.netCommercialCents)}, et un net à payer de {formatEuros(ADDED_DISCOUNTS_EXAMPLE.amountDueCents)} au lieu de{" "}
        {formatEuros(CASCADE_EXAMPLE.amountDueCents)}.
      </p>
    </>
  ),
};
