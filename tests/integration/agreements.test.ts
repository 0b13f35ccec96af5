import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { call, must, openBackend, quietLog, removeDir, tempDataDir } from './helpers/backend';
import { buziasWithOrnans, printableProposal } from './helpers/charter';
import { parsePdf } from './helpers/pdf';

const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('the partnership agreement through dispatch', () => {
  let dir: string;
  let backend: Backend;
  let partnershipId: string;
  const log = quietLog();

  beforeEach(async () => {
    dir = await tempDataDir();
    backend = await openBackend(dir, log);
    partnershipId = await buziasWithOrnans(backend);
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
    expect(log.errors).toEqual([]);
  });

  const proposalWithMayor = () => printableProposal(backend, partnershipId);

  it('proposes a Romanian–French charter from the towns, resolutions, signing and mayor the partnership records', async () => {
    const view = await must(backend, 'agreement:get', { partnershipId });
    expect(view.agreement).toBeNull();
    const p = view.proposal;
    expect(p.languages).toEqual(['ro', 'fr']);
    expect(p.parties.map((x) => x.name)).toEqual(['Buziaș', 'Ornans']);
    expect(p.parties.map((x) => x.resolution.number)).toEqual(['112', '2024-47']);
    expect(p.parties[1].signatories[0]?.name).toBe('Hélène Fournier');
    expect(p.signing).toEqual({
      separate: false,
      ceremonies: [
        { place: 'Buziaș', date: '2025-05-09', places: {} },
        { place: 'Buziaș', date: '2025-05-09', places: {} },
      ],
    });
    expect(p.texts.ro?.clauses.areas.body).toContain('cultură');
  });

  it('keeps an empty clause and a nameless signatory when saving, and lists both before printing', async () => {
    const { proposal } = await must(backend, 'agreement:get', { partnershipId });
    const fr = proposal.texts.fr!;
    const content = {
      ...proposal,
      texts: {
        ...proposal.texts,
        fr: { ...fr, clauses: { ...fr.clauses, finance: { heading: 'Finances', body: '' } } },
      },
    };
    const saved = await must(backend, 'agreement:save', { partnershipId, content });
    expect(saved.draft.texts.fr?.clauses.finance.heading).toBe('Finances');

    const printed = await call(backend, 'document:render', { kind: 'agreement', params: { partnershipId } });
    expect(printed.ok).toBe(false);
    if (printed.ok) return;
    expect(printed.error.code).toBe('VALIDATION');
    expect(printed.error.issues?.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'signatory_name_missing parties.0.signatories.0.name',
      'placeholder_empty texts.ro.clauses.parties.body.signatoryA',
      'placeholder_empty texts.ro.clauses.parties.body.officeA',
      'placeholder_empty texts.fr.clauses.parties.body.signatoryA',
      'placeholder_empty texts.fr.clauses.parties.body.officeA',
      'clause_empty texts.fr.clauses.finance.body',
    ]);
  });

  it('prints the saved draft with a coat of arms, both languages, and a file name from the towns', async () => {
    const arms = await must(backend, 'agreement:addImage', { bytes: Buffer.from(PNG_1PX, 'base64') });
    expect(arms.mime).toBe('image/png');
    const content = await proposalWithMayor();
    content.parties[0] = { ...content.parties[0], coatOfArms: arms };
    await must(backend, 'agreement:save', { partnershipId, content });
    const pdf = await must(backend, 'document:render', { kind: 'agreement', params: { partnershipId } });
    expect(pdf.fileName).toBe('charter-buzias-ornans-ro-fr-draft.pdf');
    expect(pdf.mime).toBe('application/pdf');
    const parsed = await parsePdf(Buffer.from(pdf.bytes));
    const all = parsed.text.join(' ').replace(/\s+/g, '');
    expect(all).toContain('Cartădeînfrățire');
    expect(all).toContain('Chartedejumelage');
    expect(arms.file).toMatch(/^[0-9a-f]{64}\.png$/);
    expect(await readdir(join(dir, 'attachments'))).toEqual([arms.file]);
  });

  it('refuses a file that is not an image and one over 5 MB, with a code the screen translates', async () => {
    const text = await call(backend, 'agreement:addImage', { bytes: Buffer.from('<svg/>') });
    expect(!text.ok && text.error.issues?.[0]?.code).toBe('not_an_image');
    const big = Buffer.alloc(40 * 1024 * 1024);
    Buffer.from(PNG_1PX, 'base64').copy(big);
    const huge = await call(backend, 'agreement:addImage', { bytes: big });
    expect(!huge.ok && huge.error.code).toBe('TOO_LARGE');
    expect(!huge.ok && huge.error.issues?.[0]?.code).toBe('image_too_large');
  });

  it('keeps versions: sent, then signed in place, then a new draft version after an edit', async () => {
    const content = await proposalWithMayor();
    await must(backend, 'agreement:save', { partnershipId, content });
    await must(backend, 'agreement:setStatus', { partnershipId, status: 'sent' });
    const { agreement: signed } = await must(backend, 'agreement:setStatus', {
      partnershipId,
      status: 'signed',
      signed: { ceremonies: [{ date: '2025-05-09', place: 'Buziaș' }] },
    });
    expect(signed.versions.map((v) => [v.number, v.status, v.history.map((h) => h.status)])).toEqual([
      [1, 'signed', ['sent', 'signed']],
    ]);

    const edited = { ...content, paper: 'LETTER' as const };
    await must(backend, 'agreement:save', { partnershipId, content: edited });
    const { agreement: again } = await must(backend, 'agreement:setStatus', {
      partnershipId,
      status: 'sent',
    });
    expect(again.versions.map((v) => [v.number, v.status, v.content.paper])).toEqual([
      [1, 'signed', 'A4'],
      [2, 'sent', 'LETTER'],
    ]);
    const first = await must(backend, 'document:render', {
      kind: 'agreement',
      params: { partnershipId, version: 1 },
    });
    expect(first.fileName).toBe('charter-buzias-ornans-ro-fr-v1.pdf');
  });

  it('survives a restart with the draft and its versions as saved', async () => {
    const content = await proposalWithMayor();
    await must(backend, 'agreement:save', { partnershipId, content });
    await must(backend, 'agreement:setStatus', { partnershipId, status: 'sent' });
    await backend.close();
    backend = await openBackend(dir, log);
    const view = await must(backend, 'agreement:get', { partnershipId });
    expect(view.agreement?.draft).toEqual(content);
    expect(view.agreement?.versions).toHaveLength(1);
  });

  it('follows the objectives as they are now, in each language, and keeps their texts when a form edits them without', async () => {
    const objective = {
      partnershipId,
      statement: 'Schimburi anuale de elevi',
      theme: 'youth' as const,
      indicator: '',
      target: '',
      agreedOn: null,
    };
    const first = await must(backend, 'objective:save', {
      ...objective,
      texts: { fr: 'Échanges annuels d’élèves' },
    });
    const id = first.objectives[0]!.id;
    await must(backend, 'agreement:save', { partnershipId, content: await proposalWithMayor() });
    await must(backend, 'agreement:setStatus', { partnershipId, status: 'sent' });

    // The Objectives tab of the partnership edits the statement and knows nothing of the texts.
    const edited = await must(backend, 'objective:save', {
      ...objective,
      id,
      statement: 'Schimburi anuale de elevi și profesori',
    });
    expect(edited.objectives[0]?.texts).toEqual({ fr: 'Échanges annuels d’élèves' });
    await must(backend, 'objective:save', { ...objective, statement: 'Tabere comune de vară' });

    const view = await must(backend, 'agreement:get', { partnershipId });
    const draft = view.agreement!.draft;
    expect(draft.objectives.map((o) => o.statement)).toEqual([
      'Schimburi anuale de elevi și profesori',
      'Tabere comune de vară',
    ]);
    // The kept version holds the objectives as they were when it was kept.
    expect(view.agreement!.versions[0]!.content.objectives.map((o) => o.statement)).toEqual([
      'Schimburi anuale de elevi',
    ]);
    // The new objective has no French text yet: printing says so instead of printing Romanian.
    const refused = await call(backend, 'document:render', { kind: 'agreement', params: { partnershipId } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(JSON.stringify(refused.error)).toContain('objective_untranslated');
  });
});
