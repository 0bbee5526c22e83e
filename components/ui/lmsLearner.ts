import { createContext, useContext } from "react";

/**
 * The learner an LMS names (« Léa Martin »), when the activity runs in one; null elsewhere. The
 * LMS knows who is there: on a shared computer, this browser's current profile may be the pupil
 * before, so what bears a learner's name (the results file, the variant's figures) takes the LMS's.
 */
export const LmsLearnerContext = createContext<string | null>(null);

export const useLmsLearner = (): string | null => useContext(LmsLearnerContext);
