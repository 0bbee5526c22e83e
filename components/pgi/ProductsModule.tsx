import { availableStock, formatEuros, formatPercent, reservedStock } from "@/domain";
import type { WorkspaceData } from "./workspace";
import { CardTable, Cell, ColumnHeader, Row, RowHeader } from "@/components/ui/CardTable";

/** The catalogue with the stock situation: physical, reserved for accepted orders, available. */
export function ProductsModule({ data }: { data: WorkspaceData }) {
  const { ledger, scenario } = data;
  if (ledger.products.length === 0) return <p>Aucun article dans le PGI pour l&apos;instant.</p>;
  const madeToOrder = (reference: string) => scenario.products.find((p) => p.reference === reference)?.madeToOrder === true;
  return (
    <div className="pgi-module products">
      <CardTable
        className="pgi-table compact"
        caption={<caption className="visually-hidden">Articles et stock</caption>}
        head={
          <>
            <ColumnHeader>Référence</ColumnHeader>
            <ColumnHeader>Désignation</ColumnHeader>
            <ColumnHeader className="amount">Prix unit. HT</ColumnHeader>
            <ColumnHeader className="amount">TVA</ColumnHeader>
            <ColumnHeader className="amount">Stock</ColumnHeader>
            <ColumnHeader className="amount">Réservé</ColumnHeader>
            <ColumnHeader className="amount">Disponible</ColumnHeader>
            <ColumnHeader>Délai</ColumnHeader>
          </>
        }
      >
        {ledger.products.map((product) => (
          <Row key={product.reference}>
            <RowHeader className="nowrap">{product.reference}</RowHeader>
            <Cell>
              {product.description}
              {madeToOrder(product.reference) ? (
                <>
                  {" "}
                  <span className="tag">sur mesure</span>
                </>
              ) : null}
            </Cell>
            <Cell label="Prix unit. HT" className="amount">{formatEuros(product.unitPriceCents)}</Cell>
            <Cell label="TVA" className="amount">{formatPercent(product.vatRate)}</Cell>
            <Cell label="Stock" className="amount">{product.stock}</Cell>
            <Cell label="Réservé" className="amount">{reservedStock(ledger, product.reference)}</Cell>
            <Cell label="Disponible" className="amount">{availableStock(ledger, product.reference)}</Cell>
            <Cell label="Délai" className="nowrap">
              {product.leadTimeDays > 0 ? (
                <>
                  {product.leadTimeDays} <abbr title="jours">j</abbr>
                </>
              ) : (
                "—"
              )}
            </Cell>
          </Row>
        ))}
      </CardTable>
      <p className="muted">
        Disponible = stock physique moins les quantités réservées pour les commandes acceptées. Délai&nbsp;: jours de fabrication ou
        d&apos;approvisionnement quand le stock manque. «&nbsp;Sur mesure&nbsp;»&nbsp;: article fabriqué à la commande.
      </p>
    </div>
  );
}
