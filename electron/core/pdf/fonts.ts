import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TFontDictionary } from 'pdfmake/interfaces';

const PROBE = 'NotoSerif_400Regular.ttf';

/**
 * The bundled fonts folder. The module sits at a different depth in the sources (tsx,
 * vitest) and in the build (out/main), so look upward; a packaged app has it in resources.
 */
export function findFontsDir(start: string = dirname(fileURLToPath(import.meta.url))): string {
  const packaged = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (packaged && existsSync(join(packaged, 'fonts', PROBE))) return join(packaged, 'fonts');
  let dir = start;
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, PROBE))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`The bundled fonts (${PROBE}) were not found above ${start}`);
}

/** Noto Serif for the text, Noto Sans for captions: both cover Latin, Greek and Cyrillic. */
export function agreementFonts(dir: string): TFontDictionary {
  const f = (name: string) => join(dir, name);
  return {
    NotoSerif: {
      normal: f('NotoSerif_400Regular.ttf'),
      bold: f('NotoSerif_700Bold.ttf'),
      italics: f('NotoSerif_400Regular_Italic.ttf'),
      bolditalics: f('NotoSerif_700Bold_Italic.ttf'),
    },
    NotoSans: {
      normal: f('NotoSans_400Regular.ttf'),
      bold: f('NotoSans_700Bold.ttf'),
      italics: f('NotoSans_400Regular_Italic.ttf'),
      bolditalics: f('NotoSans_700Bold_Italic.ttf'),
    },
  };
}
