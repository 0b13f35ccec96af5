/** Text with {name} placeholders filled; names without a value are reported, not printed raw. */
export interface Filled {
  text: string;
  /** Placeholders whose value is empty (e.g. a resolution number not yet known). */
  empty: string[];
  /** Placeholders the printer does not know (a typo such as {townC}). */
  unknown: string[];
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

export function fillPlaceholders(template: string, vars: Readonly<Record<string, string>>): Filled {
  const empty = new Set<string>();
  const unknown = new Set<string>();
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(vars, name)) {
      unknown.add(name);
      return whole;
    }
    const value = vars[name] ?? '';
    if (value.trim() === '') empty.add(name);
    return value;
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
