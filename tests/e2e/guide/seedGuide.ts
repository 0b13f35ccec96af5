import { createBackend } from '../../../electron/core/backend';
import { seedSample } from '../../../electron/core/sample/seedSample';

/**
 * The guide's sample committee is the one "Explore with sample data" opens
 * (electron/core/sample/seedSample.ts), so the pictures show what a secretary can try.
 * Returns the Ornans partnership's id.
 */
export async function seedGuideFolder(dataDir: string): Promise<string> {
  const backend = await createBackend({ dataDir, transport: 'browser', appVersion: 'guide' });
  try {
    return (await seedSample((channel, input) => backend.dispatch(channel, input))).partnershipId;
  } finally {
    await backend.close();
  }
}
