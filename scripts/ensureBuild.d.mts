/** Builds out/ (or TWINNING_OUT_DIR) when it is missing or older than the sources. */
export function ensureBuild(root: string, options?: { quiet?: boolean }): void;
