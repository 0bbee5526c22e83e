"use client";
import type { ReactNode } from "react";
import { capitalize, DOCUMENT_KINDS, type ControlTarget, type InvoiceDocument } from "@/domain";
import { below, Heading, type HeadingLevel } from "@/components/ui/Heading";
import { LINE_COLUMNS, LINE_FIELDS, LINE_NUMERIC, printedLabel } from "../screen/InvoiceView";
import { DocBox, DocTable, InvoiceLayout, MetaList, SellerBox, TotalsBox } from "../screen/ScreenParts";
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

/**
 * The words the invoice prints before a mention (« N° », « Tél. »), by the mention's path: the
 * control shows them as the printed invoice does; the button's name says the full label.
 */
const SHORT_LABELS: Readonly<Record<string, string>> = {
  "seller.phone": "Tél.",
  "seller.shareCapitalCents": "Capital",
  "seller.siren": "SIREN",
  "seller.siret": "SIRET",
  "seller.rcsCity": "RCS",
  "seller.vatNumber": "TVA",
  "seller.iban": "IBAN",
  "buyer.siren": "SIREN",
  "buyer.vatNumber": "N° TVA",
  "originalInvoice.number": "Avoir sur facture",
  "originalInvoice.date": "du",
  dueDate: "Date d'échéance",
  paymentTermsText: "Conditions de paiement",
  latePenaltyRate: "Pénalités de retard (taux annuel)",
  recoveryIndemnityCents: "Indemnité forfaitaire pour frais de recouvrement",
  operationNature: "Nature de l'opération",
};

const shortLabel = (target: ControlTarget): string | undefined => printedLabel(target.target) ?? SHORT_LABELS[target.target];

/** The totals that stand out on the printed invoice. */
const STRONG_TOTALS = new Set(["totals.totalExclTaxCents", "totals.totalInclTaxCents", "totals.amountDueCents"]);

const LINE_PATH = /^lines\[(\d+)\]\.(\w+)$/u;

/** A mention with the words printed before it, if any (« N° : FA-… »). */
function Labelled({ target, marking }: { target: ControlTarget; marking: ControlMarking }) {
  const label = shortLabel(target);
  return (
    <span className="control-field">
      {label === undefined ? null : (
        <span className="control-label" aria-hidden="true">
          {label}&nbsp;:
        </span>
      )}{" "}
      <MarkableTarget target={target} marking={marking} />
    </span>
  );
}

function Fields({ targets, marking }: { targets: readonly ControlTarget[]; marking: ControlMarking }) {
  return targets.map((target) => <Labelled key={target.target} target={target} marking={marking} />);
}

/** A box of the page (a party, the conditions), skipped when the invoice prints nothing there. */
function TargetBox({ title, targets, marking, level }: { title: string; targets: readonly ControlTarget[]; marking: ControlMarking; level: HeadingLevel }) {
  if (targets.length === 0) return null;
  return (
    <DocBox title={title} level={level}>
      <p className="control-fields">
        <Fields targets={targets} marking={marking} />
      </p>
    </DocBox>
  );
}

/** The lines table with the printed invoice's columns, each cell a target; a column no line fills is left out. */
function LinesTable({ targets, marking }: { targets: readonly ControlTarget[]; marking: ControlMarking }) {
  const cells = new Map<string, ControlTarget>();
  const rows = new Set<number>();
  for (const target of targets) {
    const match = LINE_PATH.exec(target.target);
    if (!match) continue;
    rows.add(Number(match[1]));
    cells.set(`${match[1]}.${match[2]}`, target);
  }
  if (rows.size === 0) return null;
  const columns = LINE_FIELDS.map((field, index) => ({ field, index })).filter(({ field }) => [...rows].some((row) => cells.has(`${row}.${field}`)));
  const cell = (row: number, field: string): ReactNode => {
    const target = cells.get(`${row}.${field}`);
    return target ? <MarkableTarget target={target} marking={marking} /> : null;
  };
  return (
    <div className="table-scroll">
      <DocTable
        caption="Lignes de la facture"
        columns={columns.map(({ index }) => LINE_COLUMNS[index] ?? "")}
        rows={[...rows].sort((a, b) => a - b).map((row) => columns.map(({ field }) => cell(row, field)))}
        numeric={new Set(columns.flatMap(({ index }, position) => (LINE_NUMERIC.has(index) ? [position] : [])))}
      />
    </div>
  );
}

/** The reductions (rates) then the cascade's figures, in the totals box. */
function TotalsTargets({ targets, marking }: { targets: readonly ControlTarget[]; marking: ControlMarking }) {
  const rows = targets.map((target) => ({
    label: target.label,
    value: <MarkableTarget target={target} marking={marking} />,
    strong: STRONG_TOTALS.has(target.target),
  }));
  return <TotalsBox rows={rows} />;
}

/** The seller's legal identity at the foot of the page, one mention after the other as the printed line. */
function LegalFooter({ targets, marking }: { targets: readonly ControlTarget[]; marking: ControlMarking }) {
  if (targets.length === 0) return null;
  return (
    <footer className="doc-footer control-fields">
      <Fields targets={targets} marking={marking} />
    </footer>
  );
}

/**
 * The invoice to control laid out as the printed invoice (InvoiceLayout, the same as InvoiceView):
 * the seller and the title with the references, the parties, the lines, the totals box, the
 * conditions and mentions, the seller's legal identity at the foot. Every printed mention and
 * figure is a toggle button; the order of the buttons is the reading order. Given a marking
 * without `toggle`, it is the corrected copy: the same page, nothing to press.
 */
export function ControlDocument({ document, printed, marking, level = 3 }: Props) {
  const sub = below(level);
  const inArea = (area: ControlTarget["area"]) => printed.filter((t) => t.area === area);
  const byPath = (path: string) => printed.filter((t) => t.target === path);
  const sellerContact = printed.filter((t) => t.area === "seller" && SELLER_CONTACT.has(t.target));
  const sellerLegal = printed.filter((t) => t.area === "seller" && !SELLER_CONTACT.has(t.target));
  const sellerName = sellerContact.find((t) => t.target === "seller.name");
  const buyer = inArea("buyer").filter((t) => t.target !== "buyer.billingAddress");
  const known = new Set(["header", "creditNote", "seller", "buyer", "order", "lines", "reductions", "totals", "payment", "reform"]);
  const others = printed.filter((t) => !known.has(t.area));
  const kind = DOCUMENT_KINDS[document.kind].label;
  const title = kind.toUpperCase();
  // "copie corrigée" after a colon: no agreement with the kind (une facture, un avoir).
  const purpose = marking.toggle === undefined ? "\u00a0: copie corrigée" : " à contrôler";
  const meta = [...inArea("header"), ...inArea("order").filter((t) => t.target !== "deliveryAddress")];

  return (
    <InvoiceLayout
      label={`${title}${purpose}`}
      className="control-document"
      seller={
        <SellerBox
          name={sellerName ? <MarkableTarget target={sellerName} marking={marking} /> : null}
          lines={sellerContact.filter((t) => t !== sellerName).map((target) => <Labelled key={target.target} target={target} marking={marking} />)}
        />
      }
      title={
        <>
          <Heading level={level} className="visually-hidden">{`${capitalize(kind)}${purpose}`}</Heading>
          <p className="doc-title" aria-hidden="true">
            {title}
          </p>
        </>
      }
      meta={<MetaList items={meta.map((target) => [shortLabel(target) ?? target.label, <MarkableTarget key={target.target} target={target} marking={marking} />] as const)} />}
      reference={<TargetBox level={sub} title="Facture d'origine" targets={inArea("creditNote")} marking={marking} />}
      parties={
        <>
          <TargetBox level={sub} title="Client" targets={buyer} marking={marking} />
          <TargetBox level={sub} title="Adresse de facturation" targets={byPath("buyer.billingAddress")} marking={marking} />
          <TargetBox level={sub} title="Adresse de livraison" targets={byPath("deliveryAddress")} marking={marking} />
        </>
      }
      lines={<LinesTable targets={inArea("lines")} marking={marking} />}
      totals={<TotalsTargets targets={[...inArea("reductions"), ...inArea("totals")]} marking={marking} />}
      conditions={
        <>
          <TargetBox level={sub} title="Conditions de règlement" targets={inArea("payment")} marking={marking} />
          <TargetBox level={sub} title="Mentions" targets={inArea("reform")} marking={marking} />
          <TargetBox level={sub} title="Autres mentions" targets={others} marking={marking} />
        </>
      }
      footer={<LegalFooter targets={sellerLegal} marking={marking} />}
    />
  );
}
