import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../../../renderer/i18n';
import {
  newShare,
  shareErrorsOf,
  shareRows,
  toDraft,
} from '../../../../../renderer/features/money/cofinancingRows';
import { useLocale } from '../../helpers/render';

describe('the co-financing plan as typed', () => {
  beforeAll(() => useLocale('ro'));

  it('reads amounts and percentages the Romanian way and sends basis points, never a float', () => {
    const t = i18n.getFixedT('ro');
    const rows = [
      {
        ...newShare(),
        kind: 'grant' as const,
        name: 'CERV',
        amount: '6.400,00',
        currency: 'EUR',
        cap: '80',
        advance: '50',
      },
      {
        ...newShare(),
        kind: 'municipality' as const,
        name: 'Primăria',
        amount: '8.000',
        currency: 'RON',
        cap: '',
        advance: '',
      },
    ];
    const built = toDraft(t, rows, { year: 2026, activityId: null }, 'ro');
    expect(built).toEqual({
      ok: true,
      draft: {
        year: 2026,
        activityId: null,
        shares: [
          {
            source: { kind: 'grant', name: 'CERV', applicationId: null },
            planned: { amount: 640_000, currency: 'EUR' },
            maxShareBp: 8000,
            advanceBp: 5000,
          },
          {
            source: { kind: 'municipality', name: 'Primăria', applicationId: null },
            planned: { amount: 800_000, currency: 'RON' },
            maxShareBp: null,
            advanceBp: 0,
          },
        ],
      },
    });
  });

  it('names each field it cannot read, in the secretary’s language, and builds nothing', () => {
    const t = i18n.getFixedT('ro');
    const rows = [{ ...newShare(), amount: 'o mie', cap: '120', advance: 'jumătate' }];
    const built = toDraft(t, rows, { year: 2026, activityId: null }, 'ro');
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(Object.keys(built.errors).sort()).toEqual(['0.advance', '0.amount', '0.cap']);
    expect(built.errors['0.cap']).toBe('Scrieți un procent între 0 și 100, de exemplu 80.');
  });

  it('shows a saved plan again as it was typed', () => {
    const [row] = shareRows(
      [
        {
          source: { kind: 'grant', name: 'CERV', applicationId: null },
          planned: { amount: 640_000, currency: 'EUR' },
          maxShareBp: 8000,
          advanceBp: 5000,
        },
      ],
      'ro',
    );
    expect(row).toMatchObject({
      kind: 'grant',
      name: 'CERV',
      amount: '6.400,00',
      currency: 'EUR',
      cap: '80',
      advance: '50',
    });
  });

  it('sends the funding application of a grant, and drops it when the share is no longer a grant', () => {
    const t = i18n.getFixedT('ro');
    const base = { ...newShare(), name: 'CERV', amount: '100', currency: 'EUR', applicationId: 'app-1' };
    const built = toDraft(
      t,
      [
        { ...base, kind: 'grant' },
        { ...base, kind: 'sponsor' },
      ],
      { year: 2026, activityId: null },
      'ro',
    );
    if (!built.ok) throw new Error('not built');
    expect(built.draft.shares.map((s) => s.source.applicationId)).toEqual(['app-1', null]);
    const grantShare = {
      source: { kind: 'grant' as const, name: 'CERV', applicationId: 'app-1' },
      planned: { amount: 100_00, currency: 'EUR' as const },
      maxShareBp: null,
      advanceBp: 0,
    };
    expect(shareRows([grantShare], 'ro')[0]).toMatchObject({ applicationId: 'app-1' });
  });

  it('puts the core’s refusal of a share’s application at that share’s picker', () => {
    expect(
      shareErrorsOf({ 'shares.1.source.applicationId': 'Această cerere nu mai există', year: 'x' }),
    ).toEqual({ '1.source.applicationId': 'Această cerere nu mai există' });
  });
});
