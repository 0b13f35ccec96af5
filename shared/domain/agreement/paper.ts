import type { AgreementContent } from './model';

/**
 * What a printed charter says it is: a draft (its date and id) or a kept version (its number,
 * the date it was kept, and whether it is the signed one). The id is a fingerprint of the
 * content, so two copies with the same id hold the same text.
 */
export type PaperMark =
  | { kind: 'draft'; date: string; id: string }
  | { kind: 'version'; number: number; date: string; id: string; signed: boolean };

/** FNV-1a over the content's JSON: eight hex digits, the same for the same content. */
export function contentId(content: AgreementContent): string {
  const json = JSON.stringify(content);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The original of the second town: that town, its language and its ceremony first. */
export function secondOriginal(content: AgreementContent): AgreementContent {
  const [a, b] = content.parties;
  const [la, lb] = content.languages;
  const [ca, cb] = content.signing.ceremonies;
  return {
    ...content,
    languages: [lb, la],
    parties: [b, a],
    signing: { ...content.signing, ceremonies: [cb, ca] },
  };
}

/** The contents to print, in order, for the originals the secretary chose. */
export function originalsToPrint(content: AgreementContent): AgreementContent[] {
  if (content.originals === 'second') return [secondOriginal(content)];
  if (content.originals === 'both') return [content, secondOriginal(content)];
  return [content];
}
