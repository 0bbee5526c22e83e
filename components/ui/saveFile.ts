/** Hands a file to the browser's download, as a link the learner would have clicked. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Let the browser start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A save of the atelier as a .json file, so that a game the browser cannot hold is not lost. */
export function saveJsonFile(text: string, fileName: string): void {
  saveBlob(new Blob([text], { type: "application/json" }), fileName);
}
