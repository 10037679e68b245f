// Sizes of documents and texts, as people write them.

/** 25 MB, 300 KB, 12 B. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** A text's size as the binder stores it: its UTF-8 bytes. */
export function textSize(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
