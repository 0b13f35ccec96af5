import type { Input } from '../../../shared/ipc/contract';

/** The Ornans link of the planning suites, typed by hand and signed on `signedOn`. */
export const ornansLink = (signedOn: string): Input<'partnership:save'> => ({
  kind: 'partnership',
  partners: [
    {
      key: 'ornans',
      place: {
        name: 'Ornans',
        country: 'FR',
        region: '',
        population: 4000,
        coordinates: null,
        geonameId: null,
        source: 'manual',
      },
      languages: [],
      contacts: [],
    },
  ],
  signings: [{ date: signedOn, place: 'Ornans', note: '' }],
  resolutions: [],
  languages: ['ro', 'fr'],
  themes: ['youth'],
  notes: '',
});

/** A CERV town-twinning application in preparation, due 23 September 2026 at 17:00 Brussels time. */
export const europeDays = (
  changes: Partial<Input<'funding:saveApplication'>> = {},
): Input<'funding:saveApplication'> => ({
  title: 'Europe Days 2026',
  programme: { programmeId: 'cerv-town-twinning', callYear: 2026, recordId: null },
  activityIds: [],
  applicants: [],
  projectStart: null,
  projectEnd: null,
  deadline: { date: '2026-09-23', time: '17:00', timeZone: 'Europe/Brussels' },
  internalDaysBefore: 14,
  checklist: [],
  amounts: { requested: null, awarded: null, advanced: null, paid: null },
  plannedCosts: null,
  notes: '',
  ...changes,
});
