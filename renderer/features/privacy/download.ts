/** Saving a person's data: a browser download in both transports (the desktop shows its save dialog). */

export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "personal-data-ana-popescu-2026-11-30.json": plain letters, whatever the name's script or accents. */
export function exportFileName(name: string, exportedAt: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `personal-data-${slug || 'person'}-${exportedAt.slice(0, 10)}.json`;
}
