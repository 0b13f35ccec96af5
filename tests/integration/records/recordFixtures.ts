import type { Input } from '../../../shared/ipc/contract';
import { override, fsError } from '../helpers/faults';

export const town = (name: string, country = 'FR') => ({
  name,
  country,
  region: '',
  population: null,
  coordinates: null,
  geonameId: null,
  source: 'manual' as const,
});

export const linkDraft = (name: string, notes = ''): Input<'partnership:save'> => ({
  kind: 'partnership',
  partners: [{ key: 'town', place: town(name), languages: ['fr'], contacts: [] }],
  signings: [],
  resolutions: [{ council: 'town', number: '1/2025', date: '2025-01-10' }],
  languages: ['ro', 'fr'],
  themes: [],
  notes,
});

export const memberDraft = (name: string): Input<'member:save'> => ({
  name,
  role: 'member',
  email: '',
  phone: '',
  termStart: null,
  termEnd: null,
});

export const candidate = (name: string): Input<'shortlist:save'> => ({
  place: town(name, 'DE'),
  themes: [],
  notes: '',
  status: 'considering',
  scoreWhenAdded: null,
});

/**
 * Makes the next append to the journal of `dir` fail with ENOSPC (the disk filled up just
 * then), once; returns the undo for a test that ends before that append happens.
 */
export function failNextAppend(dir: string): () => void {
  let armed = true;
  const undo = override('open', (original) => async (path, flags, mode) => {
    const handle = await original(path, flags, mode);
    if (armed && String(path) === `${dir}/store.journal` && flags === 'a') {
      armed = false;
      handle.writeFile = async () => {
        throw fsError('ENOSPC', 'write', String(path));
      };
      queueMicrotask(undo);
    }
    return handle;
  });
  return undo;
}
