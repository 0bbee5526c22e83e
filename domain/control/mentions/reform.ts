/**
 * Items 16 to 18 of the legal list, due with the e-invoicing reform (date and size of the seller,
 * docs/decisions/0031): delivery address, nature of the operation, option for VAT on debits.
 */
import type { OperationNature } from "../../documents";
import { OPERATION_NATURE_LABELS } from "../../operationNature";
import { DELIVERED_ELSEWHERE, NATURE_DUE_OR_PRINTED, REFORM, VAT_ON_DEBITS_CHOSEN } from "../law";
import { missing, missingAddressParts } from "../printed";
import { defineMention } from "../vocabulary";

const LINES_SELL: Readonly<Record<OperationNature, string>> = {
  goods: "les lignes ne facturent que des biens",
  services: "les lignes ne facturent que des services",
  mixed: "les lignes facturent des biens et des services",
};


export const REFORM_MENTIONS = [
  defineMention({
    code: "deliveryAddress",
    label: "Adresse de livraison, si différente (réforme)",
    lists: ["legal"],
    reference: REFORM,
    legalItem: 16,
    area: "order",
    applies: DELIVERED_ELSEWHERE,
    check(doc) {
      const address = doc.deliveryAddress;
      if (address === undefined) return [missing("deliveryAddress", "Adresse de livraison absente alors qu'elle diffère de l'adresse de facturation.")];
      const parts = missingAddressParts(address);
      if (parts.length === 0) return [];
      const field = parts.length === 1 ? `deliveryAddress.${parts[0]?.key ?? ""}` : "deliveryAddress";
      return [missing(field, `Adresse de livraison incomplète\u00a0: ${parts.map((p) => p.label).join(", ")} manquant${parts.length > 1 ? "s" : ""}.`)];
    },
  }),
  /** Present when due; and, when the context knows what the lines sell, the same nature as theirs. */
  defineMention({
    code: "operationNature",
    label: "Nature de l'opération\u00a0: biens, services ou les deux (réforme)",
    lists: ["legal"],
    reference: REFORM,
    legalItem: 17,
    area: "reform",
    applies: NATURE_DUE_OR_PRINTED,
    check(doc, ctx) {
      const printed = doc.operationNature;
      if (printed === undefined) return [missing("operationNature", "Nature de l'opération absente\u00a0: livraison de biens, prestation de services, ou les deux.")];
      const expected = ctx.expected.operationNature;
      if (expected === undefined || printed === expected) return [];
      return [
        {
          reason: "mismatch",
          field: "operationNature",
          message: `Nature de l'opération «\u00a0${OPERATION_NATURE_LABELS[printed]}\u00a0»\u00a0: ${LINES_SELL[expected]}, la nature à imprimer est «\u00a0${OPERATION_NATURE_LABELS[expected]}\u00a0».`,
          expected: OPERATION_NATURE_LABELS[expected],
          found: OPERATION_NATURE_LABELS[printed],
        },
      ];
    },
  }),
  defineMention({
    code: "vatOnDebits",
    label: "«\u00a0Option pour le paiement de la taxe d'après les débits\u00a0», si choisie (réforme)",
    lists: ["legal"],
    reference: REFORM,
    legalItem: 18,
    area: "reform",
    applies: VAT_ON_DEBITS_CHOSEN,
    check(doc) {
      return doc.vatOnDebitsMention === true
        ? []
        : [missing("vatOnDebitsMention", "Mention «\u00a0Option pour le paiement de la taxe d'après les débits\u00a0» absente alors que le vendeur a choisi cette option.")];
    },
  }),
] as const;
