"use client";

import { useEffect, useMemo, useState } from "react";
import type { LibraryKind } from "@/store/teacherLibrary";
import type { DraftCheck } from "./draftCheck";
import type { JsonSchema } from "./schemaNode";
import { draftText } from "./useLibraryDraft";

/** How long typing pauses before the full check runs again. */
export const CHECK_DELAY_MS = 300;
/** How long the draft must then stay unchanged before its variants are checked (one full check each). */
export const VARIANTS_DELAY_MS = 1_000;

export interface DraftChecking {
  /** The format's schema, once the checking module is loaded: the form is drawn from it. */
  schema: JsonSchema | undefined;
  check: DraftCheck | undefined;
  /** The value changed since the check shown: the key and the messages are about to change. */
  stale: boolean;
  /** How long the last check took, in milliseconds (shown to nobody; measured in the tests). */
  lastDurationMs: number | undefined;
}

interface Kit {
  schema: JsonSchema;
  checkDraft: (kind: LibraryKind, text: string, baseText?: string) => DraftCheck;
  checkDraftVariants: (text: string, stillWanted: () => boolean) => Promise<{ issues: DraftCheck["issues"]; count: number } | undefined>;
}

interface VariantsResult {
  of: unknown;
  issues: DraftCheck["issues"];
  count: number;
}

/** The draft's check with its variants' once they are checked for the same value. */
function withVariants(check: DraftCheck, variants: VariantsResult | undefined): DraftCheck {
  if (variants === undefined) return check;
  return { ...check, issues: [...check.issues, ...variants.issues], variants: { state: "checked", count: variants.count } };
}

/**
 * The command line's full check, run on the draft a moment after typing stops. The module that
 * carries it (zod's full build and the solvers) is loaded by import() when the editor opens.
 */
export function useDraftCheck(kind: LibraryKind, value: unknown, baseText?: string): DraftChecking {
  const [kit, setKit] = useState<Kit | undefined>(undefined);
  const [result, setResult] = useState<{ check: DraftCheck; of: unknown; ms: number } | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void import("./draftCheck").then((module) => {
      if (live) setKit({ schema: module.formSchema(kind), checkDraft: module.checkDraft, checkDraftVariants: module.checkDraftVariants });
    });
    return () => {
      live = false;
    };
  }, [kind]);

  useEffect(() => {
    if (kit === undefined || value === undefined) return;
    const timer = setTimeout(
      () => {
        const start = performance.now();
        const check = kit.checkDraft(kind, draftText(value), baseText);
        setResult({ check, of: value, ms: performance.now() - start });
      },
      result === undefined ? 0 : CHECK_DELAY_MS,
    );
    return () => clearTimeout(timer);
    // The first check runs at once; `result` is read only for that.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kit, kind, value, baseText]);

  const [variants, setVariants] = useState<VariantsResult | undefined>(undefined);
  useEffect(() => {
    if (kit === undefined || result === undefined || result.check.variants?.state !== "pending") return;
    // One variant per task (draftCheck.ts): a change of the draft meanwhile stops the check it makes stale.
    let wanted = true;
    const timer = setTimeout(() => {
      void kit.checkDraftVariants(draftText(result.of), () => wanted).then((checked) => {
        if (checked !== undefined && wanted) setVariants({ of: result.of, ...checked });
      });
    }, VARIANTS_DELAY_MS);
    return () => {
      wanted = false;
      clearTimeout(timer);
    };
  }, [kit, result]);

  const check = useMemo(() => (result === undefined ? undefined : withVariants(result.check, variants?.of === result.of ? variants : undefined)), [result, variants]);
  return { schema: kit?.schema, check, stale: result === undefined || result.of !== value, lastDurationMs: result?.ms };
}
