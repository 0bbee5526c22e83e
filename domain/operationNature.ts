/**
 * "Nature de l'opération" (e-invoicing reform mention, domain.md item 17): delivery of goods,
 * supply of services, or both. Never assumed: derived from what the lines sell, each line's
 * product being goods unless the catalogue says it is a service (docs/decisions/0088).
 */
import type { OperationNature, ProductNature } from "./documents";

/** As printed after « Nature de l'opération : ». */
export const OPERATION_NATURE_LABELS: Readonly<Record<OperationNature, string>> = {
  goods: "livraison de biens",
  services: "prestation de services",
  mixed: "livraison de biens et prestation de services",
};

/** Goods only, services only, or both; undefined for no line at all. */
export function operationNatureOf(natures: readonly ProductNature[]): OperationNature | undefined {
  if (natures.length === 0) return undefined;
  const goods = natures.includes("goods");
  const services = natures.includes("service");
  return goods && services ? "mixed" : goods ? "goods" : "services";
}

/** What each line sells, by its reference in the catalogue: goods unless the product is a service (a line without a known product sells goods). */
export function lineNatures(lines: readonly { reference?: string | undefined }[], products: readonly { reference: string; nature?: ProductNature | undefined }[]): ProductNature[] {
  return lines.map((line) => products.find((product) => product.reference === line.reference)?.nature ?? "goods");
}
