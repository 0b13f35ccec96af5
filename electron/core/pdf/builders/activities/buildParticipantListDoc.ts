import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { countryName } from '../../../../../shared/domain/activities/documents/format';
import type { SignatureList } from '../../../../../shared/domain/activities/documents/lists';
import { activityDocument, eventBlock, label, RULE } from './common';
import type { DocLanguages, PrintableEvent } from './types';

export interface ParticipantListInput {
  event: PrintableEvent;
  /** From `signatureLists`: one per invited town, then the local participants. */
  lists: readonly SignatureList[];
  langs: DocLanguages;
  /** Empty rows at the end of each list, for people who come without registering. */
  blankRows?: number;
}

// Room to sign: a fixed row height (`heights`) or unbreakable rows make pdfmake lay every
// row out twice, three times slower for 200 names; padding gives the same room.
const SIGN_PADDING = 6.5;

function listTitle(list: SignatureList, langs: DocLanguages): string {
  if (list.kind === 'local') return label(langs, (w) => w.localParticipants);
  const country = list.country ? ` (${countryName(list.country, langs[0])})` : '';
  return `${label(langs, (w) => w.invitedTown)}: ${list.town}${country}`;
}

function listTable(list: SignatureList, langs: DocLanguages, blankRows: number): Content {
  const [lang] = langs;
  const head = (text: string): TableCell => ({ text, style: 'tableHeader' });
  const body: TableCell[][] = [
    [
      {
        text: `${listTitle(list, langs)} · ${label(langs, (w) => w.participantsCount, { count: list.people.length })}`,
        colSpan: 5,
        bold: true,
        fontSize: 10.5,
        margin: [0, 2, 0, 2],
      },
      {},
      {},
      {},
      {},
    ],
    [
      head(label(langs, (w) => w.number)),
      head(label(langs, (w) => w.name)),
      head(label(langs, (w) => w.town)),
      head(label(langs, (w) => w.country)),
      head(label(langs, (w) => w.signature)),
    ],
  ];
  // Plain strings, styled once on the table: a style per cell costs a fifth of the time at 200 names.
  list.people.forEach((p, i) => body.push([String(i + 1), p.name, p.town, countryName(p.country, lang), '']));
  for (let i = 0; i < blankRows; i++) body.push([String(list.people.length + i + 1), '', '', '', '']);
  return {
    fontSize: 9.5,
    table: {
      headerRows: 2,
      widths: [22, '*', 95, 80, 125],
      body,
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => RULE,
      vLineColor: () => RULE,
      paddingTop: (row: number) => (row < 2 ? 3 : SIGN_PADDING),
      paddingBottom: (row: number) => (row < 2 ? 3 : SIGN_PADDING),
    },
  };
}

function certification(langs: DocLanguages): Content {
  return {
    unbreakable: true,
    margin: [0, 18, 0, 0],
    stack: [
      { text: label(langs, (w) => w.certified), fontSize: 9.5 },
      { canvas: [{ type: 'line', x1: 0, y1: 34, x2: 260, y2: 34, lineWidth: 0.6, lineColor: RULE }] },
      { text: label(langs, (w) => w.certifiedLine), style: 'small', margin: [0, 3, 0, 0] },
    ],
  };
}

/**
 * The participant lists to be signed, the evidence EU programmes ask for: each list on
 * its own pages with the event, its dates, place and programme, then one row per person
 * (name, town, country, a signature box) and the host's certification. The list's own
 * heading repeats on every page it runs to.
 */
export function buildParticipantListDoc(input: ParticipantListInput): TDocumentDefinitions {
  const { event, langs } = input;
  const title = label(langs, (w) => w.participantList);
  const content: Content[] = input.lists.map((list, i) => ({
    stack: [
      { text: title, style: 'title' },
      eventBlock(event, langs),
      listTable(list, langs, input.blankRows ?? 3),
      certification(langs),
    ],
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  return activityDocument(`${title}: ${event.title}`, langs, content);
}
