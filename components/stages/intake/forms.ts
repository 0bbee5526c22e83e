import type { ComponentType } from "react";
import type { IntakeStep } from "@/domain";
import { AccountForm } from "./AccountForm";
import { ElementsForm, StockForm } from "./OrderChecks";
import { ConditionsForm, CreditForm, DecisionForm, DepositForm, SolvencyForm } from "./SimpleChecks";
import type { CheckFormProps } from "./types";

/** The form of each step of stage 1: a step added to domain/intake/steps.ts is refused by the compiler until its form is here. */
export const INTAKE_FORMS: { [S in IntakeStep]: ComponentType<CheckFormProps> } = {
  account: AccountForm,
  solvency: SolvencyForm,
  credit: CreditForm,
  conditions: ConditionsForm,
  elements: ElementsForm,
  stock: StockForm,
  deposit: DepositForm,
  decision: DecisionForm,
};
