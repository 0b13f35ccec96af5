export type { PrintableEvent } from '../../../../../shared/domain/activities/documents/printable';

/** One or two document languages; with two, every label is printed in both ("Name / Nume"). */
export type DocLanguages = readonly [string] | readonly [string, string];
