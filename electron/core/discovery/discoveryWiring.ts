import type { LazyGazetteer } from '../data/places/gazetteer';
import { discoveryHandlers } from './handlers';
import { transferHandlers } from '../transfer/handlers';
import type { ServiceContext } from '../context';
import { mapDataService } from './mapData';
import { partnerSearchService } from './partnerSearch';
import { partnershipExportService } from '../transfer/partnershipExport';
import { partnershipImportService } from '../transfer/partnershipImport';
import type { PartnershipService } from '../registry/partnerships';
import { shortlistService } from './shortlist';
import type { LongTasks } from '../tasks/longTasks';

export interface DiscoveryWiring {
  ctx: ServiceContext;
  places: LazyGazetteer;
  partnerships: PartnershipService;
  /** Keeps the present store as a backup before an import; returns the snapshot's path. */
  snapshot(): Promise<string | null>;
  /** Long tasks the window follows (an import's reading of rows). */
  tasks: LongTasks;
}

/** Partner search, shortlist, map, CSV import and export: their services and handlers. */
export function discoveryAndTransferHandlers({
  ctx,
  places,
  partnerships,
  snapshot,
  tasks,
}: DiscoveryWiring) {
  return {
    ...discoveryHandlers(
      partnerSearchService(ctx, places),
      shortlistService(ctx, partnerships),
      mapDataService(ctx),
    ),
    ...transferHandlers(
      partnershipImportService(ctx, places, snapshot),
      partnershipExportService(ctx),
      tasks,
    ),
  };
}
