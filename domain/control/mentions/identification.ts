/**
 * Items 1 to 6 of the legal list: the invoice itself (date, number, and for a credit note the
 * invoice it corrects) and the parties (names, addresses, SIREN, VAT number, legal form, capital, RCS).
 */
import { formatSiren } from "../../companyIdentity";
import { compareDates, formatDateFr, isIsoDate } from "../../dates";
import type { PostalAddress } from "../../documents";
import { frenchVatKey, frenchVatNumber, isValidSiren } from "../../identifiers";
import { formatEuros } from "../../money";
import { placeInSeries, type SeriesPlace } from "../../numbering";
import { CGI_242, COMPANY_IDENTITY, courseAnd, CREDIT_NOTE, INVOICE_LAW, REFORM, WHEN_REFORM, WITH_SHARE_CAPITAL } from "../law";
import { ADDRESS_PARTS, compact, isBlank, missing, missingAddressParts } from "../printed";
import { defineMention, type MentionIssue } from "../vocabulary";

function seriesIssues(number: string, what: string, place: SeriesPlace): MentionIssue[] {
  switch (place.kind) {
    case "next":
      return [];
    case "duplicate":
      return [{ reason: "duplicate", field: "number", message: `Numéro ${what} «\u00a0${number}\u00a0» déjà attribué à une pièce précédente\u00a0: un numéro ne sert qu'une fois dans la série.`, found: number }];
    case "noSequence":
      return [{ reason: "notInSeries", field: "number", message: `Numéro ${what} «\u00a0${number}\u00a0»\u00a0: il ne se termine pas par un numéro d'ordre, il ne peut pas continuer une série.`, found: number }];
    case "gap": {
      const why =
        place.previous === undefined
          ? `aucune pièce précédente de cette série n'est connue\u00a0: une nouvelle série commence à ${place.expected}`
          : `la pièce précédente de la série porte le numéro ${place.previous}, la suivante porte ${place.expected} (série continue, sans trou ni retour en arrière)`;
      return [{ reason: "gap", field: "number", message: `Numéro ${what} «\u00a0${number}\u00a0»\u00a0: ${why}.`, expected: place.expected, found: number }];
    }
  }
}

/** Name and address of a party: one issue naming every missing part. */
function checkParty(party: "du vendeur" | "de l'acheteur", path: string, name: string | undefined, addressPath: string, address: PostalAddress | undefined): MentionIssue[] {
  const noName = isBlank(name);
  const parts = address === undefined ? undefined : missingAddressParts(address);
  const noAddress = address === undefined || (parts !== undefined && parts.length === ADDRESS_PARTS.length);
  if (noName && noAddress) return [missing(path, `Coordonnées ${party} absentes\u00a0: ni nom ni adresse.`)];
  if (noName) return [missing(`${path}.name`, `Nom (raison sociale) ${party} absent.`)];
  if (noAddress) return [missing(addressPath, `Adresse ${party} absente.`)];
  if (parts !== undefined && parts.length > 0) {
    const field = parts.length === 1 ? `${addressPath}.${parts[0]?.key ?? ""}` : addressPath;
    return [missing(field, `Adresse ${party} incomplète\u00a0: ${parts.map((p) => p.label).join(", ")} manquant${parts.length > 1 ? "s" : ""}.`)];
  }
  return [];
}

function checkSiren(siren: string | undefined, field: string, whose: string): MentionIssue[] {
  if (isBlank(siren) || siren === undefined) return [missing(field, `SIREN ${whose} absent.`)];
  const digits = compact(siren);
  if (!/^\d{9}$/.test(digits)) {
    return [{ reason: "format", field, message: `SIREN ${whose} «\u00a0${siren}\u00a0»\u00a0: un SIREN compte exactement 9 chiffres.`, expected: "9 chiffres", found: siren }];
  }
  if (!isValidSiren(digits)) {
    return [
      {
        reason: "checksum",
        field,
        message: `SIREN ${whose} ${formatSiren(digits)} invalide\u00a0: son dernier chiffre n'est pas la clé de contrôle (formule de Luhn).`,
        found: formatSiren(digits),
      },
    ];
  }
  return [];
}

export const IDENTIFICATION_MENTIONS = [
  defineMention({
    code: "issueDate",
    label: "Date d'émission",
    lists: ["course", "legal"],
    courseRank: 5,
    reference: courseAnd(INVOICE_LAW),
    legalItem: 1,
    area: "header",
    check(doc, ctx) {
      const date = doc.issueDate;
      if (isBlank(date) || date === undefined) return [missing("issueDate", "Date d'émission absente\u00a0: toute facture est datée du jour où elle est émise.")];
      if (!isIsoDate(date)) {
        return [{ reason: "invalid", field: "issueDate", message: `Date d'émission «\u00a0${date}\u00a0» illisible\u00a0: ce n'est pas une date du calendrier.`, found: date }];
      }
      if (ctx.today !== undefined && compareDates(date, ctx.today) > 0) {
        return [
          {
            reason: "inFuture",
            field: "issueDate",
            message: `Date d'émission ${formatDateFr(date)} postérieure à la date du jour (${formatDateFr(ctx.today)})\u00a0: une facture n'est pas datée à l'avance.`,
            expected: `au plus tard le ${formatDateFr(ctx.today)}`,
            found: formatDateFr(date),
          },
        ];
      }
      return [];
    },
  }),
  /**
   * A number is judged on what the law asks — unique, and the next of a continuous series — never
   * on its form: a letter prefix is customary, not required (docs/decisions/0086). Continuity is
   * judged only against the numbers the context knows were issued before.
   */
  defineMention({
    code: "invoiceNumber",
    label: "Numéro unique de la facture (série chronologique et continue)",
    lists: ["course", "legal"],
    courseRank: 1,
    reference: courseAnd(INVOICE_LAW),
    legalItem: 2,
    area: "header",
    check(doc, ctx) {
      const what = doc.kind === "creditNote" ? "de l'avoir" : "de facture";
      if (isBlank(doc.number) || doc.number === undefined) {
        return [missing("number", `Numéro ${what} absent\u00a0: chaque pièce porte un numéro unique d'une série chronologique et continue.`)];
      }
      const previous = ctx.expected.previousNumbers;
      return previous === undefined ? [] : seriesIssues(doc.number.trim(), what, placeInSeries(doc.number, previous));
    },
  }),
  defineMention({
    code: "originalInvoice",
    label: "Avoir\u00a0: numéro et date de la facture d'origine",
    lists: ["legal"],
    reference: `${CGI_242} (facture rectificative)`,
    area: "creditNote",
    applies: CREDIT_NOTE,
    check(doc) {
      const original = doc.originalInvoice;
      const noNumber = isBlank(original?.number);
      const noDate = isBlank(original?.date);
      if (noNumber && noDate) {
        return [missing("originalInvoice", "Avoir sans référence à la facture d'origine\u00a0: citez son numéro et sa date.")];
      }
      if (noNumber) return [missing("originalInvoice.number", "Avoir\u00a0: numéro de la facture d'origine absent (sa date seule ne l'identifie pas).")];
      const date = original?.date;
      if (noDate || date === undefined) return [missing("originalInvoice.date", `Avoir\u00a0: date de la facture d'origine ${original?.number ?? ""} absente.`)];
      if (!isIsoDate(date)) {
        return [{ reason: "invalidDate", field: "originalInvoice.date", message: `Avoir\u00a0: date de la facture d'origine «\u00a0${date}\u00a0» illisible.`, found: date }];
      }
      if (doc.issueDate !== undefined && isIsoDate(doc.issueDate) && compareDates(date, doc.issueDate) > 0) {
        return [
          {
            reason: "afterCreditNote",
            field: "originalInvoice.date",
            message: `Avoir du ${formatDateFr(doc.issueDate)}\u00a0: la facture d'origine ne peut pas être datée après lui (${formatDateFr(date)}).`,
            expected: `au plus tard le ${formatDateFr(doc.issueDate)}`,
            found: formatDateFr(date),
          },
        ];
      }
      return [];
    },
  }),
  defineMention({
    code: "sellerDetails",
    label: "Coordonnées du vendeur (nom, adresse)",
    lists: ["course", "legal"],
    courseRank: 2,
    reference: courseAnd(INVOICE_LAW),
    legalItem: 3,
    area: "seller",
    fines: ["L441-9"],
    check(doc) {
      return checkParty("du vendeur", "seller", doc.seller.name, "seller.address", doc.seller.address);
    },
  }),
  defineMention({
    code: "buyerDetails",
    label: "Coordonnées de l'acheteur (nom, adresse de facturation)",
    lists: ["course", "legal"],
    courseRank: 3,
    reference: courseAnd(INVOICE_LAW),
    legalItem: 3,
    area: "buyer",
    fines: ["L441-9"],
    check(doc) {
      // The billing address, when printed apart, is the buyer's address for the invoice.
      const billing = doc.buyer.billingAddress !== undefined;
      return checkParty("de l'acheteur", "buyer", doc.buyer.name, billing ? "buyer.billingAddress" : "buyer.address", doc.buyer.billingAddress ?? doc.buyer.address);
    },
  }),
  defineMention({
    code: "sellerSiren",
    label: "SIREN du vendeur",
    lists: ["legal"],
    reference: `${COMPANY_IDENTITY}\u00a0; ${CGI_242}`,
    legalItem: 4,
    area: "seller",
    check(doc) {
      return checkSiren(doc.seller.siren, "seller.siren", "du vendeur");
    },
  }),
  defineMention({
    code: "buyerSiren",
    label: "SIREN de l'acheteur (réforme)",
    lists: ["legal"],
    reference: REFORM,
    legalItem: 4,
    area: "buyer",
    applies: WHEN_REFORM,
    check(doc) {
      return checkSiren(doc.buyer.siren, "buyer.siren", "de l'acheteur");
    },
  }),
  defineMention({
    code: "sellerVatNumber",
    label: "Numéro de TVA intracommunautaire du vendeur",
    lists: ["legal"],
    reference: CGI_242,
    legalItem: 5,
    area: "seller",
    check(doc) {
      const printed = doc.seller.vatNumber;
      const field = "seller.vatNumber";
      if (isBlank(printed) || printed === undefined) return [missing(field, "Numéro de TVA intracommunautaire du vendeur absent.")];
      const match = /^FR(\d{2})(\d{9})$/u.exec(compact(printed));
      if (!match) {
        return [
          {
            reason: "format",
            field,
            message: `Numéro de TVA intracommunautaire «\u00a0${printed}\u00a0»\u00a0: format attendu FR + clé de 2 chiffres + SIREN de 9 chiffres.`,
            expected: "FR + 2 chiffres + 9 chiffres",
            found: printed,
          },
        ];
      }
      const [, key = "", siren = ""] = match;
      const issues: MentionIssue[] = [];
      const expectedKey = frenchVatKey(siren);
      if (key !== expectedKey) {
        issues.push({
          reason: "key",
          field,
          message:
            `Numéro de TVA ${printed}\u00a0: pour le SIREN ${formatSiren(siren)}, la clé est (12 + 3 × (${siren} mod 97)) mod 97 = ${expectedKey}, et non ${key}.`,
          expected: `FR${expectedKey}${siren}`,
          found: compact(printed),
        });
      }
      const sellerSiren = doc.seller.siren === undefined ? "" : compact(doc.seller.siren);
      if (/^\d{9}$/.test(sellerSiren) && sellerSiren !== siren) {
        issues.push({
          reason: "sirenMismatch",
          field,
          message: `Numéro de TVA ${printed}\u00a0: il contient le SIREN ${formatSiren(siren)}, qui n'est pas celui du vendeur (${formatSiren(sellerSiren)}).`,
          expected: frenchVatNumber(sellerSiren),
          found: compact(printed),
        });
      }
      return issues;
    },
  }),
  defineMention({
    code: "sellerLegalForm",
    label: "Forme juridique du vendeur",
    lists: ["legal"],
    reference: COMPANY_IDENTITY,
    legalItem: 6,
    area: "seller",
    check(doc) {
      return isBlank(doc.seller.legalForm) ? [missing("seller.legalForm", "Forme juridique du vendeur absente (SAS, SARL, SA...).")] : [];
    },
  }),
  defineMention({
    code: "sellerShareCapital",
    label: "Capital social du vendeur",
    lists: ["legal"],
    reference: COMPANY_IDENTITY,
    legalItem: 6,
    area: "seller",
    applies: WITH_SHARE_CAPITAL,
    check(doc) {
      const capital = doc.seller.shareCapitalCents;
      if (capital === undefined) return [missing("seller.shareCapitalCents", "Montant du capital social du vendeur absent.")];
      if (!Number.isSafeInteger(capital) || capital <= 0) {
        return [
          {
            reason: "notPositive",
            field: "seller.shareCapitalCents",
            message: `Capital social du vendeur\u00a0: ${Number.isSafeInteger(capital) ? formatEuros(capital) : String(capital)} n'est pas un montant de capital.`,
            found: Number.isSafeInteger(capital) ? formatEuros(capital) : String(capital),
          },
        ];
      }
      return [];
    },
  }),
  defineMention({
    code: "sellerRcs",
    label: "RCS et ville du greffe du vendeur",
    lists: ["legal"],
    reference: COMPANY_IDENTITY,
    legalItem: 6,
    area: "seller",
    check(doc) {
      return isBlank(doc.seller.rcsCity) ? [missing("seller.rcsCity", "Mention «\u00a0RCS\u00a0» suivie de la ville du greffe absente pour le vendeur.")] : [];
    },
  }),
] as const;
