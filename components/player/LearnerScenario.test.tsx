// @vitest-environment jsdom
/**
 * A scenario with variants, as a learner's page plays it (docs/decisions/0144): without a
 * pseudonym the common version, with one the figures that pseudonym draws among the served
 * variants — the very file `solve --pseudonym` prints for the teacher.
 */
import { cleanup, render, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { learnerVariantSeed, variantOf } from "@/domain";
import { parseScenario } from "@/domain/scenarioLoad";
import { servedVariantPatches } from "@/components/catalog/variants";
import { addProfile, EMPTY_REGISTRY, PROFILES_KEY, registryText } from "@/store/profiles";
import { appStore } from "@/store/useAppStore";
import { LearnerScenario } from "./LearnerScenario";

const FILE = "scripts/__variants__/depassement-d-encours.variantes.json";
const source = JSON.parse(readFileSync(FILE, "utf8")) as { id: string };
const parsed = parseScenario(source, FILE);
if (!parsed.ok) throw new Error("fixture invalide");
const scenario = parsed.scenario;
const variants = servedVariantPatches({ file: FILE, scenario, source });

/** The paper line of the order's message, as the learner reads it in the PGI's mail. */
const paperLine = (quantity: unknown) => new RegExp(`- ${String(quantity)} ramettes de papier couché brillant`, "u");

beforeEach(async () => {
  localStorage.clear();
  await appStore().persist.rehydrate();
});
afterEach(() => {
  cleanup();
  appStore().setState({ attempts: {} });
});

describe("a scenario whose figures vary from one learner to the next", () => {
  it("carries one variant per served seed", () => {
    expect(variants).toHaveLength(40);
  });

  it("plays the common version until a pseudonym is chosen, and says how to get one's own", async () => {
    render(<LearnerScenario scenario={scenario} variants={variants} />);
    expect(await screen.findByText(/choisissez votre pseudonyme/u)).toBeTruthy();
    expect(await screen.findByText(paperLine(20))).toBeTruthy();
  });

  it("plays the figures the learner's pseudonym draws: those the teacher's key shows for that learner", async () => {
    const added = addProfile(EMPTY_REGISTRY, "Lina", "p1", new Date("2026-12-03T08:00:00Z"));
    if (!added.ok) throw new Error(added.message);
    localStorage.setItem(PROFILES_KEY, registryText(added.registry));
    const seed = learnerVariantSeed(source, "Lina");
    const expected = variantOf(source, seed).data as { order: { lines: { quantity: number }[] } };
    // Other than the common version's 20: the test tells the variant from the base.
    expect(expected.order.lines[0]?.quantity).not.toBe(20);
    render(<LearnerScenario scenario={scenario} variants={variants} />);
    expect(await screen.findByText(`Vos chiffres sont ceux de votre pseudonyme, « Lina » (variante ${seed}) : votre voisin a les siens.`)).toBeTruthy();
    expect(await screen.findByText(paperLine(expected.order.lines[0]?.quantity))).toBeTruthy();
  });
});
