import { z } from 'zod';
import { IsoDate, requiredText } from '../common';
import type {
  Partnership,
  PartnershipStatus,
  Resolution,
  Signing as PartnershipSigning,
  StatusChange,
} from '../partnership';
import { correctedEntry } from '../statusHistory';
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

/** Falling dormant or ending is news after a signing; every other status is what a signing settles. */
const AFTER_SIGNING: readonly PartnershipStatus[] = ['dormant', 'ended'];

/**
 * The status history once the charter is known to have been signed on `day`: the link is
 * active from that day. A change recorded later that a signing settles (prospect, exploring,
 * negotiating, or active typed in on a later day, often just the day the link was typed in)
 * cannot outrank it: it moves onto the day of signing, before Active, and keeps the day it
 * said as a correction (`at`, by nobody named). A later change the signing does not explain
 * (dormant, ended) stays, with everything after it, and remains the current status. A link
 * already active on that day keeps its history as it is. `activeSince` is the day of signing
 * when the link is active now because of it, else null.
 */
export function historyWithSigning(
  history: readonly StatusChange[],
  day: string,
  at: string,
): { history: StatusChange[]; activeSince: string | null } {
  const before = history.filter((h) => h.date <= day);
  const later = history.filter((h) => h.date > day);
  const news = later.findIndex((h) => AFTER_SIGNING.includes(h.status));
  const settled = news < 0 ? later : later.slice(0, news);
  const kept = news < 0 ? [] : later.slice(news);
  const moved = settled.map((h): StatusChange => {
    const entry = correctedEntry(h, { date: day, note: h.note, by: '', at });
    return { ...entry, corrections: entry.corrections!.slice(-100) };
  });
  const upToSigning = [...before, ...moved];
  if (upToSigning.at(-1)?.status === 'active' && moved.length === 0) {
    return { history: [...history], activeSince: null };
  }
  const active: StatusChange[] =
    upToSigning.at(-1)?.status === 'active' ? [] : [{ status: 'active', date: day, note: '' }];
  // The message says "Active since" only of a link that is active now.
  return { history: [...upToSigning, ...active, ...kept], activeSince: kept.length ? null : day };
}

/**
 * What the partnership records once its charter is signed: each ceremony as a signing, each
 * council's resolution named on the charter (with its date), and the status Active from the
 * day of signing (historyWithSigning: a later status the signing settles cannot outrank it,
 * a later dormant or ended stays). Nothing is recorded twice: a signing already there (same
 * day and place) or a resolution of the same council with the same number and date is left
 * as it is.
 */
export function recordSigning(
  p: Partnership,
  content: AgreementContent,
  signed: SignedInput,
  newId: () => string,
  at: string,
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
  const { history, activeSince } = historyWithSigning(p.statusHistory, signedOn(signed), at);
  return {
    partnership: {
      signings,
      resolutions,
      status: history.at(-1)!.status,
      statusHistory: history,
    },
    added: {
      signings: signings.length - p.signings.length,
      resolutions: resolutions.length - p.resolutions.length,
      activeSince,
    },
  };
}
