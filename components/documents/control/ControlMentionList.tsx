"use client";
import { useId } from "react";
import type { ControlTarget } from "@/domain";
import type { ControlMarking } from "./ControlDocument";
import { ControlTargetButton } from "./ControlTargetButton";
import { Heading, type HeadingLevel } from "@/components/ui/Heading";
import { Term } from "@/components/ui/GlossaryLinks";

/**
 * The whole list of mentions checked (course or legal), to report a mention that the invoice does
 * not print; on a corrected copy (a marking without `toggle`), the same list with each outcome.
 */
export function ControlMentionList({ mentions, list, marking, level = 3 }: { mentions: readonly ControlTarget[]; list: "course" | "legal"; marking: ControlMarking; level?: HeadingLevel }) {
  // Several copies may share a page (the panel, then its corrected copy): each heading id is its own.
  const titleId = useId();
  const toggle = marking.toggle;
  return (
    <section className="control-mentions" aria-labelledby={titleId}>
      <Heading level={level} id={titleId}>
        Mentions absentes du document
      </Heading>
      <p className="muted">
        Liste {list === "course" ? "du cours" : "légale"} des <Term id="mandatoryMentions">mentions obligatoires</Term>&nbsp;:{" "}
        {toggle === undefined ? "celles signalées comme absentes, et celles qu'il fallait signaler." : "signalez celles que la facture ne porte pas."}
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
              onToggle={toggle === undefined ? undefined : () => toggle(mention.target)}
              className="mention-toggle"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
