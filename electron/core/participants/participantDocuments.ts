import { signatureLists, type SignatureList } from '../../../shared/domain/activities/documents/lists';
import { printableEvent } from '../../../shared/domain/activities/documents/printable';
import { isDocumentLanguage } from '../../../shared/domain/activities/documents/words';
import { fileSlug, foldName } from '../../../shared/domain/placeNames';
import type { DocumentRequest, RenderedDocument } from '../../../shared/ipc/channels/documents';
import type { SignatureListChoice } from '../../../shared/ipc/channels/participants';
import { AppFailure } from '../../../shared/ipc/errors';
import { buildInvitationDoc } from '../pdf/builders/activities/buildInvitationDoc';
import { buildParticipantListDoc } from '../pdf/builders/activities/buildParticipantListDoc';
import type { DocLanguages } from '../pdf/builders/activities/types';
import { renderPdf } from '../pdf/renderPdf';
import type { ServiceContext } from '../context';
import { localIsoDate } from '../today';
import { activityOf, participantsOf } from './participants';

type Params<K extends DocumentRequest['kind']> = Extract<DocumentRequest, { kind: K }>['params'];

const chosen = (lists: SignatureList[], choice: SignatureListChoice | undefined): SignatureList[] => {
  if (!choice) return lists;
  return lists.filter((l) =>
    choice.kind === 'local'
      ? l.kind === 'local'
      : l.kind === 'invited' && l.country === choice.country && foldName(l.town) === foldName(choice.town),
  );
};

const docLanguage = (code: string | undefined, fallback: string) =>
  code !== undefined && isDocumentLanguage(code) ? code : fallback;

/** The signed participant lists and the invitation letter of one activity, through document:render. */
export function participantDocuments(ctx: ServiceContext) {
  return {
    async participantList({
      activityId,
      languages,
      list,
    }: Params<'participantList'>): Promise<RenderedDocument> {
      const db = ctx.store().data;
      const a = activityOf(db, activityId);
      const langs = (
        languages.length > 1 && languages[0] !== languages[1] ? [languages[0], languages[1]] : [languages[0]]
      ) as DocLanguages;
      const lists = chosen(signatureLists(participantsOf(db, a.id), langs[0]), list);
      if (lists.length === 0)
        throw new AppFailure('NOT_FOUND', 'Nobody is registered for that list', [
          { path: ['list'], code: 'empty_list', message: 'no participants' },
        ]);
      const event = printableEvent(a, db.municipality[0] ?? null, db.partnerships);
      const pdf = await renderPdf(() => buildParticipantListDoc({ event, lists, langs }));
      const which = list ? (list.kind === 'local' ? 'local' : fileSlug(list.town) || 'town') : 'all';
      const slug = fileSlug(a.title) || 'activity';
      return { bytes: pdf, fileName: `participant-list-${slug}-${which}.pdf`, mime: 'application/pdf' };
    },

    async invitation(params: Params<'invitation'>): Promise<RenderedDocument> {
      const db = ctx.store().data;
      const a = activityOf(db, params.activityId);
      const link = db.partnerships.find(
        (p) => a.partnershipIds.includes(p.id) && p.partners.some((t) => t.id === params.townId),
      );
      const town = link?.partners.find((t) => t.id === params.townId);
      if (!link || !town)
        throw new AppFailure('NOT_FOUND', 'That town is not a partner in this activity', [
          { path: ['townId'], code: 'unknown_reference', message: params.townId },
        ]);
      const home = db.municipality[0] ?? null;
      const event = printableEvent(a, home, db.partnerships);
      const hostLang = docLanguage(home?.languages[0], 'en');
      const langs = params.languages ?? [hostLang, docLanguage(town.languages[0], 'en')];
      const chair = db.members.find((m) => m.role === 'chair');
      const pdf = await renderPdf(() =>
        buildInvitationDoc({
          event,
          host: {
            name: db.committeeInfo[0]?.name ?? home?.name ?? '',
            town: event.hostTown?.name ?? home?.name ?? '',
          },
          invitedTown: { name: town.place.name, country: town.place.country },
          signatory: params.signatory ?? { name: chair?.name ?? '', office: '' },
          letterDate: localIsoDate(ctx.now()),
          replyBy: params.replyBy ?? null,
          langs,
        }),
      );
      const slug = fileSlug(a.title) || 'activity';
      const to = fileSlug(town.place.name) || 'town';
      return { bytes: pdf, fileName: `invitation-${slug}-${to}.pdf`, mime: 'application/pdf' };
    },
  };
}
