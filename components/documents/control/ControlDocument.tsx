"use client";
import type { ReactNode } from "react";
import { capitalize, DOCUMENT_KINDS, type ControlTarget, type InvoiceDocument } from "@/domain";
import { below, Heading, type HeadingLevel } from "@/components/ui/Heading";
import { ControlTargetButton, type ControlOutcome } from "./ControlTargetButton";

export interface ControlMarking {
  isMarked: (target: string) => boolean;
  canToggle: (target: string) => boolean;
  /** Absent on a corrected copy (read-only): the targets are printed, not buttons. */
  toggle?: (target: string) => void;
  outcomeOf: (target: string) => ControlOutcome | undefined;
}

interface Props {
  /** The level of the document's (hidden) title; its blocks sit one level below. */
  level?: HeadingLevel;
  document: InvoiceDocument;
  printed: readonly ControlTarget[];
  marking: ControlMarking;
}

/** One printed mention or figure, as the marking offers it (a toggle, or printed on a corrected copy). */
function MarkableTarget({ target, marking }: { target: ControlTarget; marking: ControlMarking }) {
  const toggle = marking.toggle;
  return (
    <ControlTargetButton
      label={target.label}
      value={target.value ?? ""}
      marked={marking.isMarked(target.target)}
      disabled={!marking.canToggle(target.target)}
      outcome={marking.outcomeOf(target.target)}
      onToggle={toggle === undefined ? undefined : () => toggle(target.target)}
    />
  );
}

/** The seller's contact details head the invoice; the company's legal identity sits in the footer. */
const SELLER_CONTACT = new Set(["seller.name", "seller.address", "seller.email", "seller.phone"]);

const LINE_COLUMNS: readonly { key: string; title: string; numeric: boolean }[] = [
  { key: "reference", title: "Réf.", numeric: false },
  { key: "description", title: "Désignation", numeric: false },
  { key: "quantity", title: "Qté", numeric: true },
  { key: "unitPriceCents", title: "PU HT", numeric: true },
  { key: "vatRate", title: "TVA", numeric: true },
  { key: "lineTotalCents", title: "Montant HT", numeric: true },
];

const LINE_PATH = /^lines\[(\d+)\]\.(\w+)$/u;

function Field({ target, marking }: { target: ControlTarget; marking: ControlMarking }) {
  return (
    <div className="control-field">
      <span className="control-label" aria-hidden="true">
        {target.label}
      </span>
      <MarkableTarget target={target} marking={marking} />
    </div>
  );
}

function Block({ title, targets, marking, className, level }: { title: string; targets: readonly ControlTarget[]; marking: ControlMarking; className?: string; level: HeadingLevel }): ReactNode {
  if (targets.length === 0) return null;
  return (
    <section className={`control-block ${className ?? ""}`} aria-label={title}>
      <Heading level={level} className="control-block-title">
        {title}
      </Heading>
      {targets.map((target) => (
        <Field key={target.target} target={target} marking={marking} />
      ))}
    </section>
  );
}

function LinesTable({ targets, marking }: { targets: readonly ControlTarget[]; marking: ControlMarking }) {
  const cells = new Map<string, ControlTarget>();
  const rows = new Set<number>();
  for (const target of targets) {
    const match = LINE_PATH.exec(target.target);
    if (!match) continue;
    rows.add(Number(match[1]));
    cells.set(`${match[1]}.${match[2]}`, target);
  }
  const columns = LINE_COLUMNS.filter((column) => [...rows].some((row) => cells.has(`${row}.${column.key}`)));
  if (rows.size === 0) return null;
  return (
    <div className="table-scroll">
      <table className="control-lines">
        <caption>Lignes de la facture</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? "amount" : undefined}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...rows]
            .sort((a, b) => a - b)
            .map((row) => (
              <tr key={row}>
                {columns.map((column) => {
                  const target = cells.get(`${row}.${column.key}`);
                  return (
                    <td key={column.key} className={column.numeric ? "amount" : undefined}>
                      {target ? (
                        <MarkableTarget target={target} marking={marking} />
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}

function TotalsTable({ targets, marking }: { targets: readonly ControlTarget[]; marking: ControlMarking }) {
  if (targets.length === 0) return null;
  return (
    <table className="control-totals">
      <caption>Pied de facture</caption>
      <tbody>
        {targets.map((target) => (
          <tr key={target.target}>
            <th scope="row">{target.label}</th>
            <td className="amount">
              <MarkableTarget target={target} marking={marking} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The invoice to control laid out as a document, in reading order: seller, title and number,
 * buyer, order references, lines, reductions, totals, payment conditions, legal footer. Every
 * printed mention and figure is a toggle button; the order of the buttons is the reading order.
 * Given a marking without `toggle`, it is the corrected copy: the same layout, nothing to press.
 */
export function ControlDocument({ document, printed, marking, level = 3 }: Props) {
  const sub = below(level);
  const inArea = (area: ControlTarget["area"]) => printed.filter((t) => t.area === area);
  const sellerContact = printed.filter((t) => t.area === "seller" && SELLER_CONTACT.has(t.target));
  const sellerLegal = printed.filter((t) => t.area === "seller" && !SELLER_CONTACT.has(t.target));
  const known = new Set(["header", "creditNote", "seller", "buyer", "order", "lines", "reductions", "totals", "payment", "reform"]);
  const others = printed.filter((t) => !known.has(t.area));
  const kind = DOCUMENT_KINDS[document.kind].label;
  const title = kind.toUpperCase();
  // "copie corrigée" after a colon: no agreement with the kind (une facture, un avoir).
  const purpose = marking.toggle === undefined ? " : copie corrigée" : " à contrôler";

  return (
    <article className="control-document" aria-label={`${title}${purpose}`}>
      <Heading level={level} className="visually-hidden">{`${capitalize(kind)}${purpose}`}</Heading>
      <div className="control-head">
        <Block level={sub} title="Vendeur" targets={sellerContact} marking={marking} className="control-seller" />
        <div className="control-title-block">
          <p className="control-title" aria-hidden="true">
            {title}
          </p>
          <Block level={sub} title="Pièce" targets={inArea("header")} marking={marking} />
          <Block level={sub} title="Facture d'origine" targets={inArea("creditNote")} marking={marking} />
        </div>
      </div>
      <Block level={sub} title="Client (acheteur)" targets={inArea("buyer")} marking={marking} className="control-buyer" />
      <Block level={sub} title="Commande et livraison" targets={inArea("order")} marking={marking} />
      <LinesTable targets={inArea("lines")} marking={marking} />
      <Block level={sub} title="Réductions" targets={inArea("reductions")} marking={marking} />
      <TotalsTable targets={inArea("totals")} marking={marking} />
      <Block level={sub} title="Conditions de paiement" targets={inArea("payment")} marking={marking} />
      <Block level={sub} title="Mentions de la réforme" targets={inArea("reform")} marking={marking} />
      <Block level={sub} title="Mentions légales du vendeur" targets={sellerLegal} marking={marking} className="control-footer" />
      <Block level={sub} title="Autres mentions" targets={others} marking={marking} />
    </article>
  );
}
