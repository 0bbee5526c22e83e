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
    expect(screen.getByRole("button", { name: "Télécharger le PDF (original)" })).toBeDisabled();
    finish();
    // The button is there all along, disabled: wait for it to be freed, not only found.
    await waitFor(() => expect(screen.getByRole("button", { name: "Télécharger le PDF (original)" })).toBeEnabled());
    expect(screen.queryByText("Préparation du PDF…")).not.toBeInTheDocument();
  });

  it("says in French when the PDF could not be produced", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.mocked(downloadInvoicePdf).mockRejectedValue(new Error("font"));
    render(<PdfDownloadButtons label="PDF de FA-2026-00042" downloads={invoiceDownloads(() => invoice)} />);
    fireEvent.click(screen.getByRole("button", { name: "Télécharger le PDF (original)" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Le PDF n'a pas pu être préparé.");
    expect(screen.getByRole("button", { name: "Télécharger le PDF (original)" })).toBeEnabled();
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
