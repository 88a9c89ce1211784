/** Saves bytes as a file through the browser, for hosts where Excel cannot open a new workbook. */
export function downloadFile(bytes: Uint8Array, fileName: string): void {
  // TypeScript 5.9 types Uint8Array over ArrayBufferLike while Blob asks for ArrayBuffer views; ours is one.
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
