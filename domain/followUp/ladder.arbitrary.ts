/**
 * A company's dunning policy drawn at random, for the property tests of the ladder (domain) and of
 * the follow-up clock (machines): every delay from 0 to 15 days, a pre-reminder or none.
 */
import fc from "fast-check";
import type { DunningPolicy } from "./ladder";

export const dunningPolicyArbitrary: fc.Arbitrary<DunningPolicy> = fc.record({
  reminder1AfterDueDays: fc.integer({ min: 0, max: 15 }),
  reminder2AfterReminder1Days: fc.integer({ min: 0, max: 15 }),
  reminder3AfterReminder2Days: fc.integer({ min: 0, max: 15 }),
  formalNoticeAfterReminder3Days: fc.integer({ min: 0, max: 15 }),
  paymentOrderAfterFormalNoticeDays: fc.integer({ min: 0, max: 15 }),
  preReminderBeforeDueDays: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
});
