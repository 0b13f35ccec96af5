/** A small RFC 5545 reader: unfolds lines, splits properties and parameters, unescapes text. */
export function parseIcs(text: string) {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const events: Record<string, { params: string; value: string }[]>[] = [];
  let current: Record<string, { params: string; value: string }[]> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      const [name = '', ...params] = line.slice(0, colon).split(';');
      const value = line
        .slice(colon + 1)
        .replace(/\\n/gi, '\n')
        .replace(/\\([,;\\])/g, '$1');
      (current[name] ??= []).push({ params: params.join(';'), value });
    }
  }
  return { lines, events };
}
