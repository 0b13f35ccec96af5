import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { check } from '../../../../renderer/forms/validation';
import { i18n } from '../../../../renderer/i18n';
import { MemberDraft } from '../../../../shared/domain/committee';
import type { UiLocale } from '../../../../shared/domain/settings';
import { useLocale } from '../helpers/render';

const errorsOf = (schema: z.ZodType, value: unknown): Record<string, string> => {
  const result = check(schema, value, i18n.t.bind(i18n));
  return result.ok ? {} : result.errors;
};

const member = { name: 'A'.repeat(201), role: '', email: '', phone: '', address: '', languages: [] };

describe('a field’s message names the field and its limit', () => {
  beforeEach(() => useLocale('en'));

  it.each<[UiLocale, string]>([
    ['en', 'Name: at most 200 characters. Shorten it.'],
    ['ro', 'Nume: cel mult 200 de caractere. Scurtați textul.'],
    ['fr', 'Nom\u00a0: au plus 200 caractères. Raccourcissez le texte.'],
    ['de', 'Name: höchstens 200 Zeichen. Bitte kürzen.'],
  ])('says it in %s', async (locale, message) => {
    await useLocale(locale);
    const schema = z.object({ name: z.string().max(200) });
    expect(errorsOf(schema, { name: 'A'.repeat(201) })).toEqual({ name: message });
  });

  it('names a field deep in a form by its own name, and uses Romanian plurals', async () => {
    await useLocale('ro');
    const schema = z.object({ partners: z.array(z.object({ languages: z.array(z.string()).max(2) })) });
    expect(errorsOf(schema, { partners: [{ languages: ['ro', 'de', 'fr'] }] })).toEqual({
      'partners.0.languages': 'Limbi: cel mult 2 elemente. Eliminați din ele.',
    });
  });

  it('keeps the plain message where the field has no name in the list', async () => {
    const schema = z.object({ mystery: z.string().max(5) });
    expect(errorsOf(schema, { mystery: 'A'.repeat(6) })).toEqual({
      mystery: 'At most 5 characters: shorten it.',
    });
  });

  it('applies to the app’s own schemas, not only to made-up ones', () => {
    expect(Object.values(errorsOf(MemberDraft, member))).toContain(
      'Name: at most 120 characters. Shorten it.',
    );
  });
});
