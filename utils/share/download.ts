/**
 * Offers `content` as a file download from the given document (the page's own, passed in), via a
 * temporary object URL and an `<a download>`; nothing leaves the machine.
 */
export function downloadFile(doc: Document, fileName: string, content: string, mimeType: string): void {
  const view = doc.defaultView;
  if (!view) throw new Error('No window to download from');
  const url = view.URL.createObjectURL(new view.Blob([content], { type: `${mimeType};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; the download keeps its own reference.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 0);
}
