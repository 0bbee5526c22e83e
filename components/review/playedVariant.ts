"use client";
import { createContext, useContext } from "react";

/**
 * The variant a page plays (docs/decisions/0144), for the results file: its seed, and the
 * fingerprint of the common version, which every learner of the same scenario shares (the class's
 * table then counts one version, not one per learner).
 */
export interface PlayedVariant {
  seed: string;
  commonHash: string;
}

export const PlayedVariantContext = createContext<PlayedVariant | null>(null);

export const usePlayedVariant = (): PlayedVariant | null => useContext(PlayedVariantContext);
