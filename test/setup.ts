// DOM matchers (toHaveAttribute, toBeDisabled...) for component tests; harmless in node tests.
import "@testing-library/jest-dom/vitest";
