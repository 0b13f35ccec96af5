import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backend } from '../../../electron/core/backend';
import type { AgreementContent } from '../../../shared/domain/agreement/model';
import type { Input } from '../../../shared/ipc/contract';
import { must } from './backend';

export const ornansPartnership = (): Input<'partnership:save'> => ({
  kind: 'partnership',
  partners: [
    {
      key: 'ornans',
      place: {
        name: 'Ornans',
        country: 'FR',
        region: 'Doubs',
        population: 4300,
        coordinates: null,
        geonameId: null,
        source: 'manual',
      },
      languages: ['fr'],
      contacts: [{ name: 'Hélène Fournier', role: 'maire', languages: ['fr'], email: '', phone: '' }],
    },
  ],
  signings: [{ date: '2025-05-09', place: 'Buziaș', note: '' }],
  resolutions: [
    { council: 'home', number: '112', date: '2024-09-26' },
    { council: 'ornans', number: '2024-47', date: '2024-10-03' },
  ],
  languages: ['ro', 'fr'],
  themes: ['culture'],
  notes: '',
});

/** A committee in Buziaș with one partnership (Ornans); returns the partnership's id. */
export async function buziasWithOrnans(backend: Backend): Promise<string> {
  await must(backend, 'municipality:save', {
    name: 'Buziaș',
    country: 'RO',
    region: 'Timiș',
    population: 7000,
    languages: ['ro'],
    coordinates: null,
  });
  return (await must(backend, 'partnership:save', ornansPartnership())).id;
}

/** The proposed charter with the mayor's name filled in, so it passes the print check. */
export async function printableProposal(backend: Backend, partnershipId: string): Promise<AgreementContent> {
  const { proposal } = await must(backend, 'agreement:get', { partnershipId });
  const [a, b] = proposal.parties;
  return {
    ...proposal,
    parties: [
      {
        ...a,
        signatories: [
          { ...a.signatories[0]!, name: 'Ștefan Țurcanu', office: { ro: 'primar', fr: 'maire' } },
        ],
      },
      b,
    ],
  };
}

/** The images embedded in a PDF, as `pdfimages -list` (poppler) reports them: width × height. */
export function pdfImages(pdf: Uint8Array): { width: number; height: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'twinning-pdfimages-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const out = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    return out
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols.length > 5 && cols[2] === 'image')
      .map((cols) => ({ width: Number(cols[3]), height: Number(cols[4]) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
