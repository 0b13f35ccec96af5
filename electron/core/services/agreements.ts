import { existsSync } from 'node:fs';
import type { Agreement, AgreementContent, VersionStatus } from '../../../shared/domain/agreement/model';
import { printIssues } from '../../../shared/domain/agreement/printCheck';
import { translatorPair } from '../../../shared/domain/agreement/translator';
import type { AgreementView } from '../../../shared/ipc/channels/agreements';
import type { RenderedDocument } from '../../../shared/ipc/channels/documents';
import { AppFailure, type FieldIssue } from '../../../shared/ipc/errors';
import { buildAgreementDoc } from '../pdf/builders/buildAgreementDoc';
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

  function missingImages(content: AgreementContent): FieldIssue[] {
    return content.parties.flatMap((party, i) =>
      party.coatOfArms && !existsSync(images.pathOf(party.coatOfArms))
        ? [
            {
              path: ['parties', i, 'coatOfArms'],
              code: 'image_missing',
              message: `The coat of arms of party ${i + 1} is missing from the data folder`,
            },
          ]
        : [],
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

    async render(partnershipId: string, version?: number): Promise<RenderedDocument> {
      const existing = stored(partnershipId);
      if (!existing) throw new AppFailure('NOT_FOUND', 'Save the agreement before printing it');
      const kept = version === undefined ? null : existing.versions.find((v) => v.number === version);
      if (kept === undefined) throw new AppFailure('NOT_FOUND', `No version ${version ?? ''}`);
      const content = kept ? kept.content : existing.draft;
      const issues = [...printIssues(content), ...missingImages(content)];
      if (issues.length > 0) throw new AppFailure('VALIDATION', 'The charter cannot be printed yet', issues);
      const arms = content.parties.map((p) => (p.coatOfArms ? images.pathOf(p.coatOfArms) : null)) as [
        string | null,
        string | null,
      ];
      const pdf = await renderPdf(() => buildAgreementDoc({ content, arms }, translatorPair(content)), {
        readableDirs: [images.dir],
      });
      return { bytes: pdf, fileName: fileNameFor(content, kept?.number ?? null), mime: 'application/pdf' };
    },

    addImage: (base64: string) => images.add(base64),
    image: (file: string) => images.read(file),
  };
}
export type AgreementService = ReturnType<typeof agreementService>;
