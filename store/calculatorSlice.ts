import type { CalculatorDraft, CalculatorLine } from "./savedSchemas";

export type { CalculatorDraft, CalculatorLine } from "./savedSchemas";

export const EMPTY_LINE: CalculatorLine = { description: "", quantity: "1", unitPrice: "", vatRate: "20" };

/** The course's first worked example, so that the page opens on figures a student can check. */
export const INITIAL_CALCULATOR_DRAFT: CalculatorDraft = {
  lines: [{ description: "Fauteuil de bureau ergonomique", quantity: "4", unitPrice: "250,00", vatRate: "20" }],
  tradeDiscounts: "10 ; 5 ; 2",
  allowances: "",
  rebates: "",
  cashDiscount: "",
  shipping: "",
  deposit: "",
};

export interface CalculatorSlice {
  calculator: CalculatorDraft;
  updateCalculator: (patch: Partial<CalculatorDraft>) => void;
  updateCalculatorLine: (index: number, patch: Partial<CalculatorLine>) => void;
  addCalculatorLine: () => void;
  removeCalculatorLine: (index: number) => void;
  resetCalculator: () => void;
}

type Set = (fn: (state: CalculatorSlice) => Partial<CalculatorSlice>) => void;

export function createCalculatorSlice(set: Set): CalculatorSlice {
  return {
    calculator: INITIAL_CALCULATOR_DRAFT,
    updateCalculator: (patch) => set((s) => ({ calculator: { ...s.calculator, ...patch } })),
    updateCalculatorLine: (index, patch) =>
      set((s) => ({
        calculator: {
          ...s.calculator,
          lines: s.calculator.lines.map((line, i) => (i === index ? { ...line, ...patch } : line)),
        },
      })),
    addCalculatorLine: () => set((s) => ({ calculator: { ...s.calculator, lines: [...s.calculator.lines, EMPTY_LINE] } })),
    removeCalculatorLine: (index) =>
      set((s) => ({
        calculator: {
          ...s.calculator,
          lines: s.calculator.lines.length > 1 ? s.calculator.lines.filter((_, i) => i !== index) : s.calculator.lines,
        },
      })),
    resetCalculator: () => set(() => ({ calculator: INITIAL_CALCULATOR_DRAFT })),
  };
}
