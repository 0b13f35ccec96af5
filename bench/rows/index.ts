import type { RowFunction } from '../measure';
import { hostsMatch, pdfParticipantList } from './activities';
import { budgetSummary50k, pdfBudgetReport, xlsxLedger50k } from './budget';
import { ipcRoundtrip } from './ipc';
import { participantsList20k } from './participantsList';
import { pdfAgreement } from './pdf';
import { pdfAnnualReport } from './pdfAnnualReport';
import { partnerSearch30k, partnershipsFilter30k, storeOpen30k } from './partnerships';
import { rendererPartnershipsList30k } from './partnershipsList';
import { placesLoad, placesSearch } from './places';
import { rendererFirstRender } from './renderer';
import { storeSave10mb, storeSave1mb } from './store';
import { storeEdit30k, storeOpenRatio30k } from './storeRecords';
import { mainBlockedEdit30k, pdfFirstAfterStart } from './worker';

// Every benchmark row, in the order they run. To add one: write an async RowFunction in
// bench/rows/<area>.ts (use measure()/measurePair() and row() from ../measure) and list it here.
export const rowFunctions: RowFunction[] = [
  ipcRoundtrip,
  storeSave1mb,
  storeSave10mb,
  storeOpen30k,
  storeEdit30k,
  storeOpenRatio30k,
  partnershipsFilter30k,
  placesLoad,
  placesSearch,
  partnerSearch30k,
  rendererFirstRender,
  rendererPartnershipsList30k,
  pdfAgreement,
  mainBlockedEdit30k,
  pdfFirstAfterStart,
  budgetSummary50k,
  pdfBudgetReport,
  pdfAnnualReport,
  xlsxLedger50k,
  hostsMatch,
  pdfParticipantList,
  participantsList20k,
];
