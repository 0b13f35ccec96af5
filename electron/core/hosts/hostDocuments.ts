import { printableEvent, staysOf } from '../../../shared/domain/activities/documents/printable';
import { isDocumentLanguage } from '../../../shared/domain/activities/documents/words';
import type { HostHousehold } from '../../../shared/domain/activities/household';
import type { Participant } from '../../../shared/domain/activities/participant';
import { fileSlug } from '../../../shared/domain/placeNames';
import type { RenderedDocument } from '../../../shared/ipc/channels/documents';
import {
  buildHostSheetDoc,
  type SheetGuest,
  type SheetHousehold,
} from '../pdf/builders/activities/buildHostSheetDoc';
import { buildWelcomeSheetDoc, type WelcomePage } from '../pdf/builders/activities/buildWelcomeSheetDoc';
import { renderPdf } from '../pdf/renderPdf';
import { noActivity } from '../activities/activities';
import type { ServiceContext } from '../context';

const sheetGuest = (p: Participant): SheetGuest => ({
  name: p.name,
  town: p.town,
  country: p.country,
  arrival: p.arrival,
  departure: p.departure,
  phone: p.phone,
});

const sheetHousehold = (h: HostHousehold): SheetHousehold => ({
  name: h.name,
  contactName: h.contactName,
  address: [h.address, h.town].filter(Boolean).join(', '),
  phone: h.phone,
  email: h.email,
  languages: h.languages,
});

/** The host-family sheet (who stays where, with contacts) and the guests' welcome sheets. */
export function hostDocuments(ctx: ServiceContext) {
  function load(activityId: string) {
    const db = ctx.store().data;
    const a = db.activities.find((x) => x.id === activityId);
    if (!a) throw noActivity(activityId);
    const event = printableEvent(a, db.municipality[0] ?? null, db.partnerships);
    const placed = staysOf(activityId, db.hostAssignments, db.participants, db.households);
    return { db, a, event, ...placed, slug: fileSlug(a.title) || 'activity' };
  }

  return {
    async hostSheet(activityId: string, language: string): Promise<RenderedDocument> {
      const { a, event, stays, unplaced, slug } = load(activityId);
      const pdf = await renderPdf(() =>
        buildHostSheetDoc({
          event,
          langs: [language],
          stays: stays.map((s) => ({
            household: sheetHousehold(s.household),
            guests: s.guests.map(sheetGuest),
          })),
          unplaced: unplaced.map(sheetGuest),
        }),
      );
      return { bytes: pdf, fileName: `host-families-${slug}-${a.startDate}.pdf`, mime: 'application/pdf' };
    },

    /**
     * One page per guest needing a host, in the guest's own language when the documents speak
     * it (else the UI language), with the household when placed. The committee is the
     * organiser; its secretary's (else its chair's) phone is the one to call.
     */
    async welcomeSheets(activityId: string, language: string): Promise<RenderedDocument> {
      const { db, a, event, stays, unplaced, slug } = load(activityId);
      const committee = db.committeeInfo[0];
      const contact =
        db.members.find((m) => m.role === 'secretary' && m.phone) ??
        db.members.find((m) => m.role === 'chair');
      const langOf = (p: Participant) => p.languages.find(isDocumentLanguage) ?? language;
      const pages: WelcomePage[] = [
        ...stays.flatMap((s) => s.guests.map((g) => ({ g, h: sheetHousehold(s.household) }))),
        ...unplaced.map((g) => ({ g, h: null })),
      ].map(({ g, h }) => ({
        lang: langOf(g),
        guest: { name: g.name, arrival: g.arrival, departure: g.departure },
        household: h,
      }));
      const pdf = await renderPdf(() =>
        buildWelcomeSheetDoc({
          event,
          organiser: {
            name: committee?.name ?? '',
            phone: contact?.phone ?? '',
            email: committee?.email || contact?.email || '',
          },
          pages,
        }),
      );
      return { bytes: pdf, fileName: `welcome-${slug}-${a.startDate}.pdf`, mime: 'application/pdf' };
    },
  };
}
