"use client";
import type { ControlTarget } from "@/domain";
import type { ControlMarking } from "./ControlDocument";
import { ControlTargetButton } from "./ControlTargetButton";
import { InvoiceTerm } from "./InvoiceTerm";

/** The whole list of mentions checked (course or legal), to report a mention that the invoice does not print. */
export function ControlMentionList({ mentions, list, marking }: { mentions: readonly ControlTarget[]; list: "course" | "legal"; marking: ControlMarking }) {
  return (
    <section className="control-mentions" aria-labelledby="control-mentions-title">
      <h3 id="control-mentions-title">Mentions absentes du document</h3>
      <p className="muted">
        Liste {list === "course" ? "du cours" : "légale"} des <InvoiceTerm id="mandatoryMentions">mentions obligatoires</InvoiceTerm> : signalez celles que la facture ne
        porte pas.
      </p>
      <ul className="plain-list mention-list">
        {mentions.map((mention) => (
          <li key={mention.target}>
            <ControlTargetButton
              label="Mention absente"
              value={mention.label}
              marked={marking.isMarked(mention.target)}
              disabled={!marking.canToggle(mention.target)}
              outcome={marking.outcomeOf(mention.target)}
              onToggle={() => marking.toggle(mention.target)}
              className="mention-toggle"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
