import AxeBuilder from '@axe-core/playwright';
import { expect, open, test } from './fixtures';
import { invoke } from './pages/backupsPage';

const locales = ['en', 'ro', 'fr', 'de'] as const;

/** What a screen-reader or keyboard user would trip over: axe's serious and critical findings. */
function summarise(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.any[0]?.message ?? n.failureSummary ?? ''}`,
      ),
    );
}

/**
 * The planning screens with real content (a.11y.spec.ts sees them empty): the sample
 * committee's plan with Ornans, its actions, a suggested anniversary and two milestones set by
 * hand (one marking an activity), the milestone form, the timeline of every link, and last
 * week's meeting with its minutes, decisions and task.
 */
for (const locale of locales) {
  test(`the plan, the timeline and a meeting with their content in ${locale} have no serious or critical accessibility violation`, async ({
    page,
    app,
  }) => {
    test.setTimeout(180_000);
    const call = (channel: string, input: unknown) => invoke(page, app.url, channel, input);
    await call('sample:explore', {});
    await call('settings:save', { locale, dormantAfterMonths: 24 });
    const links = (await call('partnership:list', {})) as { id: string; title: string }[];
    const ornans = links.find((l) => l.title.includes('Ornans'))!;
    let plan = (await call('plan:get', { partnershipId: ornans.id })) as {
      id: string;
      rev: number;
      firstYear: number;
      actions: { id: string; activityIds: string[] }[];
    };
    const activityId = plan.actions.flatMap((a) => a.activityIds)[0]!;
    plan = (await call('plan:saveMilestone', {
      planId: plan.id,
      rev: plan.rev,
      milestone: {
        kind: 'custom',
        title: 'Joint choir festival for the 25th year',
        date: `${plan.firstYear + 1}-06-12`,
        year: plan.firstYear + 1,
        years: null,
        link: { kind: 'activity', activityId },
      },
    })) as typeof plan;
    await call('plan:saveMilestone', {
      planId: plan.id,
      rev: plan.rev,
      milestone: {
        kind: 'custom',
        title: 'Renew the charter',
        date: null,
        year: plan.firstYear + 2,
        years: null,
        link: { kind: 'action', actionId: plan.actions[0]!.id },
      },
    });
    const [meeting] = (await call('meetings:list', {})) as { id: string }[];

    const screens: { name: string; route: string; then?: () => Promise<void> }[] = [
      { name: 'plan', route: `/partnerships/${ornans.id}?tab=plan` },
      {
        name: 'milestone-form',
        route: `/partnerships/${ornans.id}?tab=plan`,
        then: async () => {
          await page.locator('[data-add-milestone]').click();
          await page.getByRole('dialog').waitFor();
        },
      },
      { name: 'timeline', route: '/team/timeline' },
      // Next year's months, where the sample's exchange and choir visit are.
      {
        name: 'timeline-months',
        route: `/team/timeline?zoom=month&from=${plan.firstYear + 1}&to=${plan.firstYear + 2}`,
      },
      { name: 'meeting', route: `/team/meetings/${meeting!.id}` },
    ];
    const found: Record<string, string[]> = {};
    for (const screen of screens) {
      await open(page, app, screen.route);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
      if (screen.name.startsWith('plan') || screen.name === 'milestone-form')
        await expect(page.getByText('Renew the charter')).toBeVisible();
      if (screen.name.startsWith('timeline')) await expect(page.locator('.tl-item').first()).toBeVisible();
      if (screen.then) await screen.then();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      await page.screenshot({
        path: `test-results/a11y/planning-${locale}-${screen.name}.png`,
        fullPage: true,
      });
      const serious = summarise(violations);
      if (serious.length > 0) found[screen.name] = serious;
    }
    expect(found).toEqual({});
  });
}
