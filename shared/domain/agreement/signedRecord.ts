import { z } from 'zod';
import { IsoDate, requiredText } from '../common';
import { canTransition } from '../partnershipLifecycle';
import type { Partnership, Resolution, Signing as PartnershipSigning } from '../partnership';
import type { AgreementContent, Signing } from './model';

/** Where and when a charter was signed: one joint ceremony, or one per town (home first). */
export const SigningCeremonyInput = z.object({ date: IsoDate, place: requiredText(120) });
export const SignedInput = z.object({
  ceremonies: z.array(SigningCeremonyInput).min(1).max(2),
});
export type SignedInput = z.infer<typeof SignedInput>;

/** The dialog's first values: what the draft already says of its ceremonies. */
export function signedDefaults(content: AgreementContent): SignedInput {
  const [home, partner] = content.signing.ceremonies;
  const one = (c: typeof home) => ({ date: c.date ?? '', place: c.place });
  return { ceremonies: content.signing.separate ? [one(home), one(partner)] : [one(home)] };
}

/** The draft's signing block as it was signed: the kept version prints these places and dates. */
export function signedSigning(content: AgreementContent, signed: SignedInput): Signing {
  const [home, partner] = content.signing.ceremonies;
  const first = signed.ceremonies[0]!;
  const second = signed.ceremonies[1] ?? first;
  // A place per language stays only while the place it translates is unchanged.
  const keep = (c: typeof home, s: typeof first) => ({
    place: s.place,
    date: s.date,
    places: c.place === s.place ? c.places : {},
  });
  return { separate: signed.ceremonies.length === 2, ceremonies: [keep(home, first), keep(partner, second)] };
}

/** The latest day of signing: the day the charter took effect. */
export const signedOn = (signed: SignedInput): string =>
  signed.ceremonies.map((c) => c.date).reduce((a, b) => (a > b ? a : b));

export interface SigningRecorded {
  partnership: Pick<Partnership, 'signings' | 'resolutions' | 'status' | 'statusHistory'>;
  added: { signings: number; resolutions: number; activeSince: string | null };
}

const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * What the partnership records once its charter is signed: each ceremony as a signing, each
 * council's resolution named on the charter (with its date), and, when the link was still in
 * negotiation (or dormant), the status Active from the day of signing. Nothing is recorded
 * twice: a signing already there (same day and place) or a resolution of the same council with
 * the same number and date is left as it is. A status change is never dated before the last one.
 */
export function recordSigning(
  p: Partnership,
  content: AgreementContent,
  signed: SignedInput,
  newId: () => string,
): SigningRecorded {
  const signings: PartnershipSigning[] = [...p.signings];
  for (const c of signed.ceremonies) {
    if (!signings.some((s) => s.date === c.date && sameText(s.place, c.place)))
      signings.push({ id: newId(), date: c.date, place: c.place, note: '' });
  }
  const resolutions: Resolution[] = [...p.resolutions];
  const councils = ['home', p.partners[0]?.id] as const;
  content.parties.forEach((party, i) => {
    const council = councils[i];
    const { number, date } = party.resolution;
    if (!council || !date) return;
    if (!resolutions.some((r) => r.council === council && r.date === date && sameText(r.number, number)))
      resolutions.push({ id: newId(), council, number: number.trim(), date });
  });
  const day = signedOn(signed);
  const last = p.statusHistory.at(-1);
  const activate = canTransition(p.status, 'active') && (!last || last.date <= day);
  return {
    partnership: {
      signings,
      resolutions,
      status: activate ? 'active' : p.status,
      statusHistory: activate
        ? [...p.statusHistory, { status: 'active', date: day, note: '' }]
        : p.statusHistory,
    },
    added: {
      signings: signings.length - p.signings.length,
      resolutions: resolutions.length - p.resolutions.length,
      activeSince: activate ? day : null,
    },
  };
}
