/** The name of a person's data file. */

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
