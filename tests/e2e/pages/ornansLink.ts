/**
 * The Ornans link the planning journeys start from, as `partnership:save` takes it: one partner
 * town typed by hand, signed on `signedOn` (the day its anniversaries follow).
 */
export const ornansLink = (signedOn: string) => ({
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
      languages: ['fr'],
      contacts: [],
    },
  ],
  signings: [{ date: signedOn, place: 'Ornans', note: '' }],
  resolutions: [],
  languages: ['ro', 'fr'],
  themes: ['youth'],
  notes: '',
});
