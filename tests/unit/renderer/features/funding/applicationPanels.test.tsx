import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../../../renderer/api/client';
import { EligibilityPanel } from '../../../../../renderer/features/funding/EligibilityPanel';
import { EstimatePanel } from '../../../../../renderer/features/funding/EstimatePanel';
import { ChecklistPanel } from '../../../../../renderer/features/funding/ChecklistPanel';
import { programme } from '../../helpers/fundingData';
import { StatusPanel } from '../../../../../renderer/features/funding/StatusPanel';
import type { ApplicationStatus } from '../../../../../shared/domain/funding/application';
import { AppFailure } from '../../../../../shared/ipc/errors';
import type { ApplicationView, GrantEstimateView } from '../../../../../shared/ipc/channels/funding';
import { ApiError } from '../../../../../renderer/api/client';
import { fakeCore } from '../../helpers/fakeCore';
import { renderWithProviders, useLocale } from '../../helpers/render';

vi.mock('../../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../../renderer/api/client')>()),
  call: vi.fn(),
}));
const callMock = vi.mocked(call);

/** The local calendar day, as the status step dates itself. */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function application(status: ApplicationStatus, over: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: 'app1',
    rev: 3,
    updatedAt: '2026-05-09T10:00:00.000Z',
    createdAt: '2026-05-01T10:00:00.000Z',
    title: 'Rivers of two towns',
    programme: { programmeId: 'erasmus-youth-exchanges', callYear: 2026, recordId: null },
    programmeId: 'erasmus-youth-exchanges',
    programmeName: 'Erasmus+ Youth Exchanges 2026',
    activityIds: ['act1'],
    applicants: [
      { name: 'Asociația Înfrățirea Buziaș', country: 'RO', kind: 'twinningCommittee', lead: true },
      { name: 'Comité de jumelage d’Ornans', country: 'FR', kind: 'twinningCommittee', lead: false },
    ],
    projectStart: null,
    projectEnd: null,
    deadline: null,
    internalDeadline: null,
    internalDaysBefore: 14,
    checklist: [],
    amounts: { requested: { amount: 950000, currency: 'EUR' }, awarded: null, advanced: null, paid: null },
    plannedCosts: null,
    notes: '',
    status,
    history: [{ status, date: '2026-05-01', note: '' }],
    lastCheck: null,
    ...over,
  };
}

describe('the lifecycle of an application', () => {
  beforeEach(async () => {
    callMock.mockReset();
    await useLocale('en');
  });

  it('offers the steps forward first and the step back to an idea last, quieter', () => {
    renderWithProviders(<StatusPanel application={application('drafting')} onMoved={() => undefined} />);
    const steps = screen.getAllByRole('button', { name: /^Mark as / }).map((b) => b.textContent);
    expect(steps).toEqual(['Mark as Submitted', 'Mark as Closed', 'Mark as Idea']);
    const back = screen.getByRole('button', { name: 'Mark as Idea' });
    const forward = screen.getByRole('button', { name: 'Mark as Submitted' });
    expect(back.getAttribute('data-variant')).toBe('subtle');
    expect(forward.getAttribute('data-variant')).toBe('light');
  });

  it('asks the amount awarded with the award, prefilled with the amount requested, and refuses none', async () => {
    const sent: unknown[] = [];
    callMock.mockImplementation(
      fakeCore({
        'funding:setApplicationStatus': (input) => {
          sent.push(input);
          return {
            ...application('awarded'),
            amounts: { ...application('awarded').amounts, awarded: input.awarded ?? null },
          };
        },
      }) as typeof call,
    );
    const onMoved = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<StatusPanel application={application('submitted')} onMoved={onMoved} />);
    await user.click(screen.getByRole('button', { name: 'Mark as Awarded' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark the application as Awarded' });
    const amount = within(dialog).getByRole('textbox', { name: /^Amount awarded/ });
    expect(amount).toHaveValue('9500');
    expect(within(dialog).getByLabelText('Currency')).toHaveValue('EUR');

    await user.clear(amount);
    await user.click(within(dialog).getByRole('button', { name: 'Awarded' }));
    expect(
      await within(dialog).findByText('Enter the amount awarded, as the grant decision gives it'),
    ).toBeVisible();
    expect(sent).toEqual([]);

    await user.type(amount, '8000');
    await user.click(within(dialog).getByRole('button', { name: 'Awarded' }));
    await waitFor(() => expect(onMoved).toHaveBeenCalled());
    expect(sent).toEqual([
      {
        id: 'app1',
        rev: 3,
        status: 'awarded',
        date: today(),
        note: '',
        awarded: { amount: 800000, currency: 'EUR' },
      },
    ]);
  });

  it('shows the core’s refusal of another currency under the currency, in her words', async () => {
    callMock.mockRejectedValue(
      new ApiError(
        new AppFailure('VALIDATION', 'mixed', [
          { path: ['awarded', 'currency'], code: 'currency_mismatch', message: 'mixed' },
        ]).error,
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<StatusPanel application={application('submitted')} onMoved={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Mark as Awarded' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark the application as Awarded' });
    await user.click(within(dialog).getByRole('button', { name: 'Awarded' }));
    expect(await within(dialog).findByText('Use one currency for all amounts')).toBeVisible();
  });
});

describe('the estimate and the check, as she reads them', () => {
  beforeEach(() => {
    callMock.mockReset();
  });

  it('says how many travellers have a known distance and how many have none', async () => {
    await useLocale('en');
    callMock.mockImplementation(
      fakeCore({
        'funding:estimate': (): GrantEstimateView => ({
          currency: 'EUR',
          total: null,
          complete: false,
          lines: [
            {
              partId: 'travel',
              kind: 'travelBands',
              status: 'notEntered',
              amount: null,
              figures: { people: 8, unknown: 2, outside: 0 },
            },
            {
              partId: 'support',
              kind: 'perDay',
              status: 'notEntered',
              amount: null,
              figures: { personDays: 1 },
            },
          ],
        }),
      }) as typeof call,
    );
    const user = userEvent.setup();
    renderWithProviders(<EstimatePanel applicationId="app1" />);
    await user.click(screen.getByRole('button', { name: 'Estimate the grant' }));
    const table = await screen.findByRole('table', { name: 'Grant estimate' });
    expect(within(table).getByText('8 travellers with a known distance, 2 without')).toBeVisible();
    expect(within(table).getByText('1 participant-day')).toBeVisible();
    expect(table.textContent).not.toContain('{{');
  });

  it.each([
    ['en', '1 national group in Rivers, each large enough.', 'No participant from France is recorded'],
    [
      'ro',
      '1 grup național la Rivers, fiecare destul de mare.',
      'nu este înregistrat încă niciun participant din Franța',
    ],
    ['de', '1 nationale Gruppe in Rivers, jede groß genug.', 'ist noch niemand aus Frankreich eingetragen'],
  ] as const)(
    'counts one national group as one, and names the missing country (%s)',
    async (lng, one, missing) => {
      await useLocale(lng);
      const result = (reason: string, figures: Record<string, number | string>) => ({
        ruleId: 'national-groups',
        kind: 'nationalGroups',
        outcome: reason === 'ok' ? ('pass' as const) : ('unknown' as const),
        reason,
        figures: { minGroups: 2, minYoung: 4, minLeaders: 1, noCountry: 0, activity: 'Rivers', ...figures },
        source: { title: 'Erasmus+ Programme Guide', url: '' },
        checked: '2026-12-04',
        activityId: 'act1',
      });
      const app = application('drafting', {
        lastCheck: {
          at: '2026-05-09T10:00:00.000Z',
          programme: { programmeId: 'erasmus-youth-exchanges', callYear: 2026, recordId: null },
          programmeRev: null,
          outcome: 'unknown',
          results: [
            result('ok', { groups: 1, missing: '' }),
            result('groupMissing', { groups: 1, missing: 'FR' }),
          ],
        },
      });
      renderWithProviders(<EligibilityPanel application={app} onChecked={() => undefined} />);
      expect(screen.getByText(one)).toBeVisible();
      expect(screen.getByText(new RegExp(missing))).toBeVisible();
    },
  );
});

describe('the required documents, in the window’s language', () => {
  it.each([
    ['ro', 'Formularul de cerere (agenția națională)', 'Raportul final'],
    ['de', 'Antragsformular (Nationale Agentur)', 'Abschlussbericht'],
    ['fr', 'Formulaire de candidature (agence nationale)', 'Rapport final'],
  ] as const)('names each document of the checklist in %s', async (lng, form, report) => {
    await useLocale(lng);
    renderWithProviders(
      <ChecklistPanel
        application={application('drafting')}
        documents={programme('erasmus-youth-exchanges').documents}
        onChanged={() => undefined}
      />,
    );
    expect(screen.getByRole('group', { name: report })).toBeVisible();
    expect(screen.getByRole('group', { name: form })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: /^Formularul|^Antragsformular|^Formulaire/ })).toBeVisible();
    expect(document.body.textContent).not.toContain('Application form');
    expect(document.body.textContent).not.toContain('Final report');
  });
});
