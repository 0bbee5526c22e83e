// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { InvoiceDocument } from "@/domain";
import { invoiceDownloads, PdfDownloadButtons } from "./PdfDownloadButtons";
import { downloadInvoicePdf, pdfFileName } from "./download";

vi.mock("./download", async (original) => ({ ...(await original<typeof import("./download")>()), downloadInvoicePdf: vi.fn() }));

const invoice = { number: "FA-2026-00042" } as InvoiceDocument;

afterEach(() => {
  cleanup();
  vi.mocked(downloadInvoicePdf).mockReset();
});

describe("PdfDownloadButtons with the invoice downloads", () => {
  it("shows the busy state while the PDF is prepared, then frees the buttons", async () => {
    let finish: () => void = () => undefined;
    vi.mocked(downloadInvoicePdf).mockReturnValue(new Promise<void>((resolve) => (finish = resolve)));
    render(<PdfDownloadButtons label="PDF de FA-2026-00042" downloads={invoiceDownloads(() => invoice)} />);
    fireEvent.click(screen.getByRole("button", { name: "Télécharger le duplicata" }));
    expect(downloadInvoicePdf).toHaveBeenCalledWith(invoice, "duplicate");
    expect(await screen.findByText("Préparation du PDF…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Télécharger le PDF (original)" })).toHaveAttribute("aria-disabled", "true");
    finish();
    // The button is there all along, unavailable: wait for it to be freed, not only found.
    await waitFor(() => expect(screen.getByRole("button", { name: "Télécharger le PDF (original)" })).toHaveAttribute("aria-disabled", "false"));
    expect(screen.queryByText("Préparation du PDF…")).not.toBeInTheDocument();
  });

  it("keeps the focus on the button pressed, and starts nothing more while the PDF is prepared", async () => {
    let finish: () => void = () => undefined;
    vi.mocked(downloadInvoicePdf).mockReturnValue(new Promise<void>((resolve) => (finish = resolve)));
    render(<PdfDownloadButtons label="PDF de FA-2026-00042" downloads={invoiceDownloads(() => invoice)} />);
    const original = screen.getByRole("button", { name: "Télécharger le PDF (original)" });
    original.focus();
    fireEvent.click(original);
    expect(await screen.findByText("Préparation du PDF…")).toBeInTheDocument();
    // A disabled button would lose the focus (the browser sends it back to the page).
    expect(original).toBeEnabled();
    expect(original).toHaveFocus();
    fireEvent.click(original);
    fireEvent.click(screen.getByRole("button", { name: "Télécharger le duplicata" }));
    expect(downloadInvoicePdf).toHaveBeenCalledTimes(1);
    finish();
    await waitFor(() => expect(screen.queryByText("Préparation du PDF…")).not.toBeInTheDocument());
    expect(original).toHaveFocus();
    fireEvent.click(screen.getByRole("button", { name: "Télécharger le duplicata" }));
    expect(downloadInvoicePdf).toHaveBeenCalledTimes(2);
    expect(downloadInvoicePdf).toHaveBeenLastCalledWith(invoice, "duplicate");
  });

  it("says in French when the document to print cannot even be built, and lets the learner try again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const build = vi.fn(() => {
      throw new Error("ledger");
    });
    render(<PdfDownloadButtons label="PDF de FA-2026-00042" downloads={[{ label: "Télécharger le PDF (original)", download: build }]} />);
    fireEvent.click(screen.getByRole("button", { name: "Télécharger le PDF (original)" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Le PDF n'a pas pu être préparé.");
    fireEvent.click(screen.getByRole("button", { name: "Télécharger le PDF (original)" }));
    await waitFor(() => expect(build).toHaveBeenCalledTimes(2));
  });

  it("says in French when the PDF could not be produced", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.mocked(downloadInvoicePdf).mockRejectedValue(new Error("font"));
    render(<PdfDownloadButtons label="PDF de FA-2026-00042" downloads={invoiceDownloads(() => invoice)} />);
    fireEvent.click(screen.getByRole("button", { name: "Télécharger le PDF (original)" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Le PDF n'a pas pu être préparé.");
    expect(screen.getByRole("button", { name: "Télécharger le PDF (original)" })).toHaveAttribute("aria-disabled", "false");
  });
});

describe("pdfFileName", () => {
  it("names the file after the document number", () => {
    expect(pdfFileName("FA-2026-00042")).toBe("FA-2026-00042.pdf");
    expect(pdfFileName("FA-2026-00042", "duplicate")).toBe("FA-2026-00042-duplicata.pdf");
    expect(pdfFileName("Relance 1 FA-2026-00042")).toBe("Relance-1-FA-2026-00042.pdf");
    expect(pdfFileName("BL-2026-0007.pdf")).toBe("BL-2026-0007.pdf");
  });
});
