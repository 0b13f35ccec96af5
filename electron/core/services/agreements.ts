import { readFile } from 'node:fs/promises';
import { checkImage, tooManyPixels } from '../../../shared/domain/agreement/images';
import type { Agreement, AgreementContent, VersionStatus } from '../../../shared/domain/agreement/model';
import { printIssues } from '../../../shared/domain/agreement/printCheck';
import { translatorPair } from '../../../shared/domain/agreement/translator';
import type { AgreementView, RenderedPdf } from '../../../shared/ipc/channels/agreements';
import { AppFailure, type FieldIssue } from '../../../shared/ipc/errors';
import { buildAgreementDoc } from '../pdf/builders/buildAgreementDoc';
import { pngDataInflates } from '../pdf/pngData';
import { renderPdf } from '../pdf/renderPdf';
import type { AgreementImages } from './agreementImages';
import { fileSlug } from '../../../shared/domain/placeNames';
import { proposeAgreement } from './agreementProposal';
import type { ServiceContext } from './context';

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
    const p = ctx.store().data.partnerships.find((x) => x.id === id);
    if (!p) throw new AppFailure('NOT_FOUND', `No partnership with id ${id}`);
    return p;
  };
  const stored = (partnershipId: string) =>
    ctx.store().data.agreements.find((a) => a.partnershipId === partnershipId) ?? null;

  async function put(agreement: Agreement): Promise<Agreement> {
    await ctx.store().update((db) => ({
      ...db,
      agreements: db.agreements.some((a) => a.id === agreement.id)
        ? db.agreements.map((a) => (a.id === agreement.id ? agreement : a))
        : [...db.agreements, agreement],
    }));
    return agreement;
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
        proposal: proposeAgreement(p, ctx.store().data.committee.municipality, ctx.newId),
        objectives: p.objectives.map((o) => o.statement),
      };
    },

    /** Saves the working draft; empty clauses and names are kept as typed (printing checks them). */
    async save(partnershipId: string, content: AgreementContent): Promise<Agreement> {
      partnership(partnershipId);
      const stamp = ctx.now().toISOString();
      const existing = stored(partnershipId);
      return put(
        existing
          ? { ...existing, draft: content, updatedAt: stamp }
          : {
              id: ctx.newId(),
              partnershipId,
              draft: content,
              versions: [],
              createdAt: stamp,
              updatedAt: stamp,
            },
      );
    },

    /**
     * Keeps the draft as a version with this status. When the draft is still the text of the
     * latest version (sent, now signed), that version moves on instead of being copied.
     */
    async setStatus(partnershipId: string, status: VersionStatus): Promise<Agreement> {
      const existing = stored(partnershipId);
      if (!existing) throw new AppFailure('NOT_FOUND', 'Save the agreement before marking it sent or signed');
      const at = ctx.now().toISOString();
      const last = existing.versions.at(-1);
      let versions = existing.versions;
      if (last && same(last.content, existing.draft)) {
        if (last.status === status) return existing;
        versions = [
          ...versions.slice(0, -1),
          { ...last, status, history: [...last.history, { status, at }] },
        ];
      } else {
        versions = [
          ...versions,
          { number: (last?.number ?? 0) + 1, status, content: existing.draft, history: [{ status, at }] },
        ];
      }
      return put({ ...existing, versions, updatedAt: at });
    },

    async render(partnershipId: string, version?: number): Promise<RenderedPdf> {
      const existing = stored(partnershipId);
      if (!existing) throw new AppFailure('NOT_FOUND', 'Save the agreement before printing it');
      const kept = version === undefined ? null : existing.versions.find((v) => v.number === version);
      if (kept === undefined) throw new AppFailure('NOT_FOUND', `No version ${version ?? ''}`);
      const content = kept ? kept.content : existing.draft;
      const checked = await armsOf(content);
      const issues = [...printIssues(content), ...checked.issues];
      if (issues.length > 0) throw new AppFailure('VALIDATION', 'The charter cannot be printed yet', issues);
      const arms = checked.arms.map((bytes, i) =>
        bytes
          ? `data:${content.parties[i]?.coatOfArms?.mime ?? 'image/png'};base64,${bytes.toString('base64')}`
          : null,
      ) as [string | null, string | null];
      const pdf = await renderPdf(() => buildAgreementDoc({ content, arms }, translatorPair(content))).catch(
        (error: unknown) => blameArms(content, arms, error),
      );
      return {
        base64: pdf.toString('base64'),
        fileName: fileNameFor(content, kept?.number ?? null),
        bytes: pdf.length,
      };
    },

    addImage: (bytes: Uint8Array) => images.add(bytes),
    image: (file: string) => images.read(file),
  };
}
export type AgreementService = ReturnType<typeof agreementService>;
