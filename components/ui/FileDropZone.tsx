"use client";
import { useId, useState, type DragEvent, type ReactNode } from "react";

export interface FileDropZoneProps {
  /** What to drop, said above the input. */
  prompt: string;
  /** The file input's label. */
  label: string;
  busy: boolean;
  onFiles: (files: File[]) => void;
  /** Said under the input. */
  children?: ReactNode;
}

/**
 * Files dropped on the zone or chosen with its input, several at once: the input is the way in for
 * the keyboard and screen readers, the drop a shortcut around it. The input's own button and text
 * are the browser's, in the browser's language (« Choose Files », « No file chosen » in an English
 * one), and say « no file chosen » even after an import, since the input is emptied: they are
 * hidden, and a button of the site, in French, stands beside the label; the input's focus outlines it.
 * While busy, the input says it is unavailable (`aria-disabled`), opens no file chooser and the zone
 * takes no drop; it is not `disabled`, which would throw the focus back to the top of the page just
 * after the learner or teacher chose files from it with the keyboard.
 */
export function FileDropZone({ prompt, label, busy, onFiles, children }: FileDropZoneProps) {
  const inputId = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (busy) return;
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };
  return (
    <div
      className="drop-zone"
      data-over={over}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p>{prompt}</p>
      <input
        id={inputId}
        type="file"
        className="file-input"
        accept=".json,application/json"
        multiple
        aria-disabled={busy}
        onClick={(event) => {
          if (busy) event.preventDefault();
        }}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Emptied so that choosing the same file again is a new choice.
          event.currentTarget.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      <label htmlFor={inputId}>{label}</label>
      {/* A second label, for the pointer: the input's name stays the first one's. */}
      <label htmlFor={inputId} className="button secondary file-button" aria-hidden="true">
        {busy ? "Lecture des fichiers…" : "Choisir des fichiers…"}
      </label>
      {children}
    </div>
  );
}
