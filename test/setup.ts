// DOM matchers (toHaveAttribute, toBeDisabled...) for component tests; harmless in node tests.
import "@testing-library/jest-dom/vitest";
import { vi } from "vitest";

// A screen with PDF buttons loads the PDF side of the browser when idle (components/documents/download.ts).
// Component tests leave it out: PDFs are rendered and read in Node (components/documents/pdf/*.test.tsx),
// and a download that its test did not mock fails loudly (no such export on this mock).
vi.mock("@/components/documents/pdf/browser", () => ({ warmUp: () => Promise.resolve() }));
