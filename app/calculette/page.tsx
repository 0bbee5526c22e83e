import type { Metadata } from "next";
import { InvoiceCalculator } from "@/components/calculator/InvoiceCalculator";

export const metadata: Metadata = { title: "Calculette de facture" };

export default function CalculatorPage() {
  return (
    <>
      <h1>Calculette de facture</h1>
      <p className="lead">
        Remises, rabais et ristournes s&apos;appliquent en cascade, chacun sur le net précédent arrondi au centime&nbsp;; la TVA se
        calcule sur le net financier augmenté du port, taux par taux.
      </p>
      <InvoiceCalculator />
    </>
  );
}
