import { fileSlug } from '../../../shared/domain/placeNames';

/** "personal-data-ana-popescu-2026-11-30.json": plain letters, whatever the name's script or accents. */
export function exportFileName(name: string, exportedAt: string): string {
  const slug = fileSlug(name).slice(0, 40).replace(/-+$/, '');
  return `personal-data-${slug || 'person'}-${exportedAt.slice(0, 10)}.json`;
}
