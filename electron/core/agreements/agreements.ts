import { readFile } from 'node:fs/promises';
import { checkImage, tooManyPixels } from '../../../shared/domain/agreement/images';
import type { Agreement, AgreementContent, VersionStatus } from '../../../shared/domain/agreement/model';
import { printIssues } from '../../../shared/domain/agreement/printCheck';
import { contentId, type PaperMark } from '../../../shared/domain/agreement/paper';
import {
  recordSigning,
  signedSigning,
  type SignedInput,
  type SigningRecorded,
} from '../../../shared/domain/agreement/signedRecord';
import { translatorPair } from '../../../shared/domain/agreement/translator';
import type { AgreementView } from '../../../shared/ipc/channels/agreements';
import type { RenderedDocument } from '../../../shared/ipc/channels/documents';
import { AppFailure, type FieldIssue } from '../../../shared/ipc/errors';
import { buildAgreementDoc } from '../pdf/builders/buildAgreementDoc';
import { pngDataInflates } from '../pdf/pngData';
import { renderPdf } from '../pdf/renderPdf';
import type { AgreementImages } from './agreementImages';
import { fileSlug } from '../../../shared/domain/placeNames';
import { charterObjectives, proposeAgreement } from './agreementProposal';
import type { ServiceContext } from '../context';
import { findById } from '../store/recordIndex';
import type { AgreementRecord } from '../store/records';
import type { Tx } from '../store/transaction';
import { committeeOf } from '../store/views';

/** The latest day of signing a kept text names, if it names one. */
const signedDay = (c: AgreementContent): string | null =>
  c.signing.ceremonies
    .map((x) => x.date)
    .filter((d): d is string => !!d)
    .reduce<string | null>((a, b) => (a && a > b ? a : b), null);

const same = (a: AgreementContent, b: AgreementContent) => JSON.stringify(a) === JSON.stringify(b);

export function fileNameFor(content: AgreementContent, version: number | null): string {
  const towns = content.parties
    .map((p) => fileSlug(p.name))
    .filter(Boolean)
    .join('-');
  return `charter-${towns || 'draft'}-${content.languages.join('-')}-${version ? `v${version}` : 'draft'}.pdf`;
}

export function agreementService(ctx: ServiceContext, images: AgreementImages) {
  const partnership = (id: string) => {
    const p = findById(ctx.store().data.partnerships, id);
    if (!p) throw new AppFailure('NOT_FOUND', `No partnership with id ${id}`);
    return p;
  };
  const charterIn = (agreements: readonly AgreementRecord[], partnershipId: string) =>
    agreements.find((a) => a.partnershipId === partnershipId) ?? null;
  const saved = (partnershipId: string) => charterIn(ctx.store().data.agreements, partnershipId);
  /** The draft always lists the partnership's objectives as they are now; kept versions keep theirs. */
  const stored = (partnershipId: string) => {
    const agreement = saved(partnershipId);
    const p = ctx.store().data.partnerships.find((x) => x.id === partnershipId);
    if (!agreement || !p) return agreement;
    return { ...agreement, draft: { ...agreement.draft, objectives: charterObjectives(p) } };
  };

  /** Reads and writes the charter in one transaction, so two overlapping saves make one charter. */
  async function write(
    partnershipId: string,
    change: (tx: Tx, existing: AgreementRecord | null) => AgreementRecord | null,
  ): Promise<Agreement> {
    const { value } = await ctx.store().transaction((tx) => {
      if (!tx.get('partnerships', partnershipId)) {
        throw new AppFailure('NOT_FOUND', `No partnership with id ${partnershipId}`);
      }
      const existing = charterIn(tx.all('agreements'), partnershipId);
      return change(tx, existing) ?? existing;
    });
    if (!value) throw new AppFailure('NOT_FOUND', 'Save the agreement before marking it sent or signed');
    return value;
  }

  /**
   * Each coat of arms is read and checked before pdfmake sees it: a missing, damaged or huge
   * image gets a message naming that party's coat of arms instead of an internal error (or a
   * render that takes the machine's memory). Returns the bytes to draw.
   */
  async function armsOf(
    content: AgreementContent,
  ): Promise<{ arms: (Buffer | null)[]; issues: FieldIssue[] }> {
    const issues: FieldIssue[] = [];
    const arms = await Promise.all(
      content.parties.map(async (party, i) => {
        if (!party.coatOfArms) return null;
        const path = images.pathOf(party.coatOfArms);
        const bytes = path ? await readFile(path).catch(() => null) : null;
        const at = ['parties', i, 'coatOfArms'];
        const checked = bytes ? checkImage(bytes) : null;
        if (!bytes) {
          issues.push({
            path: at,
            code: 'image_missing',
            message: `The coat of arms of party ${i + 1} is missing from the data folder`,
          });
        } else if (!checked || (checked.mime === 'image/png' && !pngDataInflates(bytes))) {
          issues.push({
            path: at,
            code: 'image_damaged',
            message: `The coat of arms of party ${i + 1} is damaged and cannot be printed`,
          });
        } else if (tooManyPixels(checked)) {
          issues.push({
            path: at,
            code: 'image_too_many_pixels',
            message: `The coat of arms of party ${i + 1} has too many pixels to print`,
          });
        }
        return bytes;
      }),
    );
    return { arms, issues };
  }

  /**
   * A render that fails with coats of arms but succeeds without them failed on an image the
   * header check could not see was damaged (bad compressed data): say which ones.
   */
  async function blameArms(
    content: AgreementContent,
    arms: readonly (string | null)[],
    error: unknown,
  ): Promise<never> {
    if (arms.every((a) => a === null)) throw error;
    await renderPdf(() => buildAgreementDoc({ content, arms: [null, null] }, translatorPair(content))).catch(
      () => {
        throw error;
      },
    );
    throw new AppFailure(
      'VALIDATION',
      'A coat of arms cannot be printed',
      arms.flatMap((a, i) =>
        a
          ? [
              {
                path: ['parties', i, 'coatOfArms'],
                code: 'image_damaged',
                message: `The coat of arms of party ${i + 1} is damaged and cannot be printed`,
              },
            ]
          : [],
      ),
    );
  }

  return {
    get(partnershipId: string): AgreementView {
      const p = partnership(partnershipId);
      return {
        agreement: stored(partnershipId),
        proposal: proposeAgreement(p, committeeOf(ctx.store().data).municipality, ctx.newId),
        objectives: charterObjectives(p),
      };
    },

    /** Saves the working draft; empty clauses and names are kept as typed (printing checks them). */
    save(partnershipId: string, content: AgreementContent): Promise<Agreement> {
      return write(partnershipId, (tx, existing) =>
        existing
          ? tx.put('agreements', { ...existing, draft: content })
          : tx.insert('agreements', {
              partnershipId,
              draft: content,
              versions: [],
              createdAt: tx.now.toISOString(),
            }),
      );
    },

    /**
     * Keeps the draft as a version with this status. When the draft is still the text of the
     * latest version (sent, now signed), that version moves on instead of being copied. Signed
     * takes the day(s) and place(s) of signing into the kept text and records them, with the
     * councils' resolutions, on the partnership in the same transaction.
     */
    async setStatus(
      partnershipId: string,
      status: VersionStatus,
      signed?: SignedInput,
    ): Promise<{ agreement: Agreement; recorded: SigningRecorded['added'] | null }> {
      if (status === 'signed' && !signed) {
        throw new AppFailure('VALIDATION', 'Say when and where the charter was signed', [
          {
            path: ['signed', 'ceremonies', 0, 'date'],
            code: 'required',
            message: 'The day of signing is missing',
          },
        ]);
      }
      let recorded: SigningRecorded['added'] | null = null;
      const agreement = await write(partnershipId, (tx, existing) => {
        if (!existing) return null;
        const at = tx.now.toISOString();
        const today = at.slice(0, 10);
        const last = existing.versions.at(-1);
        const moving = !!last && same(last.content, existing.draft);
        if (moving && last.status === status) return existing;
        let draft = existing.draft;
        if (status === 'signed' && signed) {
          const future = signed.ceremonies.findIndex((c) => c.date > today);
          if (future >= 0) {
            throw new AppFailure('VALIDATION', 'A charter is marked signed once it has been signed', [
              {
                path: ['signed', 'ceremonies', future, 'date'],
                code: 'date_in_future',
                message: 'This day is still to come',
              },
            ]);
          }
          draft = { ...draft, signing: signedSigning(draft, signed) };
          const p = tx.get('partnerships', partnershipId)!;
          const result = recordSigning(p, draft, signed, () => tx.newId(), at);
          tx.put('partnerships', { ...p, ...result.partnership });
          recorded = result.added;
        }
        let versions = existing.versions;
        if (moving) {
          versions = [
            ...versions.slice(0, -1),
            { ...last, status, content: draft, history: [...last.history, { status, at }] },
          ];
        } else {
          versions = [
            ...versions,
            { number: (last?.number ?? 0) + 1, status, content: draft, history: [{ status, at }] },
          ];
        }
        return tx.put('agreements', { ...existing, draft, versions });
      });
      return { agreement, recorded };
    },

    async render(partnershipId: string, version?: number): Promise<RenderedDocument> {
      const existing = stored(partnershipId);
      if (!existing) throw new AppFailure('NOT_FOUND', 'Save the agreement before printing it');
      const kept = version === undefined ? null : existing.versions.find((v) => v.number === version);
      if (kept === undefined) throw new AppFailure('NOT_FOUND', `No version ${version ?? ''}`);
      const content = kept ? kept.content : existing.draft;
      const checked = await armsOf(content);
      const issues = [...printIssues(content), ...checked.issues];
      if (issues.length > 0) throw new AppFailure('VALIDATION', 'The charter cannot be printed yet', issues);
      // pdfmake takes image bytes as a data URL; the bytes are the ones just checked.
      const arms = checked.arms.map((bytes, i) =>
        bytes
          ? `data:${content.parties[i]?.coatOfArms?.mime ?? 'image/png'};base64,${bytes.toString('base64')}`
          : null,
      ) as [string | null, string | null];
      const paper: PaperMark = kept
        ? {
            kind: 'version',
            number: kept.number,
            date:
              (kept.status === 'signed' ? signedDay(kept.content) : null) ??
              (kept.history.at(-1)?.at ?? existing.updatedAt).slice(0, 10),
            id: contentId(kept.content),
            signed: kept.status === 'signed',
          }
        : { kind: 'draft', date: existing.updatedAt.slice(0, 10), id: contentId(content) };
      const pdf = await renderPdf(() =>
        buildAgreementDoc({ content, arms, paper }, translatorPair(content)),
      ).catch((error: unknown) => blameArms(content, arms, error));
      return { bytes: pdf, fileName: fileNameFor(content, kept?.number ?? null), mime: 'application/pdf' };
    },

    addImage: (bytes: Uint8Array) => images.add(bytes),
    image: (file: string) => images.read(file),
  };
}
export type AgreementService = ReturnType<typeof agreementService>;
