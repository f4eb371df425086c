/** A file to download: its name, MIME type and content parts. */
export interface DownloadFile {
  fileName: string;
  mime: string;
  parts: BlobPart[];
}

/**
 * Downloads a file made in the page: a Blob URL clicked through a temporary `<a download>`, then
 * revoked. Needs no `downloads` permission.
 */
export function downloadFile(doc: Document, file: DownloadFile): void {
  const win = doc.defaultView;
  if (!win) throw new Error('No window to download from');
  const url = win.URL.createObjectURL(new win.Blob(file.parts, { type: file.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke after the browser has started reading the Blob.
  win.setTimeout(() => win.URL.revokeObjectURL(url), 60_000);
}
