import { availableStock, formatEuros, formatPercent, reservedStock } from "@/domain";
import type { WorkspaceData } from "./workspace";

/** The catalogue with the stock situation: physical, reserved for accepted orders, available. */
export function ProductsModule({ data }: { data: WorkspaceData }) {
  const { ledger, scenario } = data;
  if (ledger.products.length === 0) return <p>Aucun article dans le PGI pour l&apos;instant.</p>;
  const madeToOrder = (reference: string) => scenario.products.find((p) => p.reference === reference)?.madeToOrder === true;
  return (
    <div className="pgi-module products">
      <div className="table-scroll">
        <table className="pgi-table compact">
          <caption className="visually-hidden">Articles et stock</caption>
          <thead>
            <tr>
              <th scope="col">Référence</th>
              <th scope="col">Désignation</th>
              <th scope="col" className="amount">
                Prix unit. HT
              </th>
              <th scope="col" className="amount">
                TVA
              </th>
              <th scope="col" className="amount">
                Stock
              </th>
              <th scope="col" className="amount">
                Réservé
              </th>
              <th scope="col" className="amount">
                Disponible
              </th>
              <th scope="col">Délai</th>
            </tr>
          </thead>
          <tbody>
            {ledger.products.map((product) => (
              <tr key={product.reference}>
                <th scope="row" className="nowrap">
                  {product.reference}
                </th>
                <td>
                  {product.description}
                  {madeToOrder(product.reference) ? (
                    <>
                      {" "}
                      <span className="tag">sur mesure</span>
                    </>
                  ) : null}
                </td>
                <td className="amount">{formatEuros(product.unitPriceCents)}</td>
                <td className="amount">{formatPercent(product.vatRate)}</td>
                <td className="amount">{product.stock}</td>
                <td className="amount">{reservedStock(ledger, product.reference)}</td>
                <td className="amount">{availableStock(ledger, product.reference)}</td>
                <td className="nowrap">
                  {product.leadTimeDays > 0 ? (
                    <>
                      {product.leadTimeDays} <abbr title="jours">j</abbr>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        Disponible = stock physique moins les quantités réservées pour les commandes acceptées. Délai&nbsp;: jours de fabrication ou
        d&apos;approvisionnement quand le stock manque. «&nbsp;Sur mesure&nbsp;»&nbsp;: article fabriqué à la commande.
      </p>
    </div>
  );
}
