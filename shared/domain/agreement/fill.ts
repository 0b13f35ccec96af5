/** Text with {name} placeholders filled; names without a value are reported, not printed raw. */
export interface Filled {
  text: string;
  /** Placeholders whose value is empty (e.g. a resolution number not yet known). */
  empty: string[];
  /** Placeholders the printer does not know (a typo such as {townC}). */
  unknown: string[];
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

const has = (vars: Readonly<Record<string, string>>, name: string) =>
  Object.prototype.hasOwnProperty.call(vars, name);

/**
 * Fills {name} placeholders. {PartyA} is {partyA} with its first letter capitalised, for a
 * sentence that opens with it ("Die Stadt Landshut" where mid-sentence reads "die Stadt").
 */
export function fillPlaceholders(template: string, vars: Readonly<Record<string, string>>): Filled {
  const empty = new Set<string>();
  const unknown = new Set<string>();
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const capital = !has(vars, name) && lower !== name && has(vars, lower);
    if (!has(vars, name) && !capital) {
      unknown.add(name);
      return whole;
    }
    const value = vars[capital ? lower : name] ?? '';
    if (value.trim() === '') empty.add(capital ? lower : name);
    return capital ? value.charAt(0).toLocaleUpperCase() + value.slice(1) : value;
  });
  return { text, empty: [...empty], unknown: [...unknown] };
}

export type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** Plain clause text to blocks: blank lines separate paragraphs, "- " lines are list items. */
export function parseBody(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    let paragraph: string[] = [];
    let list: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    };
    const flushList = () => {
      if (list.length > 0) blocks.push({ kind: 'list', items: list });
      list = [];
    };
    for (const line of lines) {
      const item = /^[-–•]\s+(.*)$/.exec(line);
      if (item?.[1] !== undefined) {
        flushParagraph();
        list.push(item[1]);
      } else {
        flushList();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}
