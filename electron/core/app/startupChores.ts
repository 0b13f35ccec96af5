import { mergeLeftoverAttachments } from '../attachments/leftoverFolders';
import { sweepUnreferenced } from '../attachments/sweep';
import type { Logger } from '../dispatch';
import type { PrivacyService } from '../privacy/privacy';

export interface StartupChoresOptions {
  dataDir: string;
  now(): Date;
  log: Logger;
  privacy: PrivacyService;
}

/**
 * What a writable data folder gets once per start, none of it in the way of opening (a failure
 * is only logged). Before anything reads attachments, folders an older build's import left beside
 * attachments/ are merged in; then, in the background, an erasure a crash or a full disk left
 * unfinished is finished (its job file names the person and backups still hold them), and
 * attachments no record names are swept. Returns the background work, for close() to wait on.
 */
export async function runStartupChores(options: StartupChoresOptions): Promise<Promise<void>> {
  const { dataDir, log } = options;
  await mergeLeftoverAttachments(dataDir).catch((error: unknown) =>
    log.error('Merging attachment folders left by an older import failed', error),
  );
  const erasing = options.privacy
    .resumeAtStart()
    .then(() => undefined)
    .catch((error: unknown) =>
      log.error('Finishing an erasure left unfinished failed; Personal data offers to finish it', error),
    );
  const sweeping = sweepUnreferenced(dataDir, options.now()).catch((error: unknown) =>
    log.error('Attachment sweep failed', error),
  );
  return Promise.all([erasing, sweeping]).then(() => undefined);
}
