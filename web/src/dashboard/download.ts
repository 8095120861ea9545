/** Saves a string or data URL as a file through a temporary link. */
export function download(name: string, href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

/** Saves CSV text (UTF-8 with a byte-order mark, so spreadsheets read ä and ö). */
export function downloadCsv(name: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  download(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
