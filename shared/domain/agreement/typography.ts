const NBSP = '\u00A0';

/**
 * Printed-text conventions a language's readers expect, applied when a charter is printed
 * so that the secretary can type plain spaces. French: a no-break space inside « » and before
 * : ; ? !, so that a colon or a closing guillemet never starts a line on its own.
 */
export function typeset(text: string, lang: string): string {
  if (lang !== 'fr') return text;
  return text
    .replace(/« +/g, `«${NBSP}`)
    .replace(/ +»/g, `${NBSP}»`)
    .replace(/ +([:;?!])/g, `${NBSP}$1`);
}
