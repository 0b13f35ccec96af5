import { describe, expect, it } from 'vitest';
import { placeLine } from '../../../../../electron/core/pdf/builders/activities/common';
import type { PrintableEvent } from '../../../../../electron/core/pdf/builders/activities/types';

const event = (address: string, town = 'Ornans', name = 'Maison des jeunes'): PrintableEvent => ({
  title: 'Buziaș youth in Ornans',
  kind: 'youthExchange',
  startDate: '2027-06-10',
  endDate: '2027-06-15',
  hostTown: { name: town, country: 'FR' },
  venue: { name, address },
  programme: [],
  themes: [],
});

describe('the place line of a printed activity', () => {
  it.each([
    ['Rue Pierre Vernier, Ornans', 'Maison des jeunes, Rue Pierre Vernier, Ornans (France)'],
    ['Rue Pierre Vernier, 25290 Ornans', 'Maison des jeunes, Rue Pierre Vernier, 25290 Ornans (France)'],
    ['Rue Pierre Vernier, ORNANS ', 'Maison des jeunes, Rue Pierre Vernier, ORNANS (France)'],
    ['Rue Pierre Vernier', 'Maison des jeunes, Rue Pierre Vernier, Ornans (France)'],
    ['', 'Maison des jeunes, Ornans (France)'],
    // A street named after the town is not the town.
    ['Rue d’Ornans 3, Besançon', 'Maison des jeunes, Rue d’Ornans 3, Besançon, Ornans (France)'],
    ['Rue d’Ornans 3', 'Maison des jeunes, Rue d’Ornans 3, Ornans (France)'],
  ])('names the town once for the address "%s"', (address, line) => {
    expect(placeLine(event(address), 'en')).toBe(line);
  });

  it('knows the town written without its diacritics, and a town of two words', () => {
    expect(placeLine(event('Str. Gării 2, Buzias', 'Buziaș', 'Casa de Cultură'), 'ro')).toBe(
      'Casa de Cultură, Str. Gării 2, Buzias (Franța)',
    );
    expect(placeLine(event('Hauptstr. 1, 80331 Bad Tölz', 'Bad Tölz', ''), 'de')).toBe(
      'Hauptstr. 1, 80331 Bad Tölz (Frankreich)',
    );
    expect(placeLine(event('Hauptstr. 1, Tölz', 'Bad Tölz', ''), 'de')).toBe(
      'Hauptstr. 1, Tölz, Bad Tölz (Frankreich)',
    );
  });
});
