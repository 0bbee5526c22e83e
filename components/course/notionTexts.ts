import type { ReactNode } from "react";
import type { NotionId } from "@/domain";
import { INTRODUCTION_TEXTS } from "./texts/introduction";
import { INVOICE_CONTROL_TEXTS } from "./texts/invoiceControl";
import { INVOICING_TEXTS } from "./texts/invoicing";
import { ORDER_INTAKE_TEXTS } from "./texts/orderIntake";
import { ORDER_PROCESSING_TEXTS } from "./texts/orderProcessing";
import { PAYMENT_FOLLOW_UP_TEXTS } from "./texts/paymentFollowUp";

/** The teaching text of every notion of the course, one file per part (texts/): a notion without its text fails the type check. */
export const NOTION_TEXTS: Readonly<Record<NotionId, ReactNode>> = {
  ...INTRODUCTION_TEXTS,
  ...ORDER_INTAKE_TEXTS,
  ...ORDER_PROCESSING_TEXTS,
  ...INVOICING_TEXTS,
  ...INVOICE_CONTROL_TEXTS,
  ...PAYMENT_FOLLOW_UP_TEXTS,
};
