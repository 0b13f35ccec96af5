import { describe, expect, it } from 'vitest';
import { typeset } from '../../../../../shared/domain/agreement/typography';

describe('typeset', () => {
  it('keeps French guillemets and high punctuation on the line of the word they belong to', () => {
    expect(typeset('ci-après dénommées « les Parties », et : ainsi ; vraiment ? oui !', 'fr')).toBe(
      'ci-après dénommées «\u00A0les Parties\u00A0», et\u00A0: ainsi\u00A0; vraiment\u00A0? oui\u00A0!',
    );
  });

  it('leaves text already typed with no-break spaces, and other languages, as they are', () => {
    expect(typeset('«\u00A0les Parties\u00A0»', 'fr')).toBe('«\u00A0les Parties\u00A0»');
    expect(typeset('Article 1 : Objectives', 'en')).toBe('Article 1 : Objectives');
    expect(typeset('denumite „Părțile” :', 'ro')).toBe('denumite „Părțile” :');
  });
});
