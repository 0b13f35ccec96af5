import type { TFunction } from 'i18next';
import type { AgreementContent } from '../../../shared/domain/agreement/model';
import type { FieldIssue } from '../../../shared/ipc/errors';

/** Where the secretary fixes an issue: the editor tab, and the clause to open there. */
export interface CheckMessage {
  id: string;
  text: string;
  tab: 'setup' | 'parties' | 'objectives' | 'clauses';
  clause?: string;
}

/** What the language check reports when a column is not even in its script. */
const SCRIPTS = new Set(['latin', 'cyrillic', 'greek']);

/** Placeholders filled from a party's fields, e.g. {officeA}: the fix is on the Parties tab. */
const PARTY_FIELD = /^(signatory|office|resolutionNumber|resolutionDate|region|town)([AB])$/;

/** The party field behind an empty placeholder, or null when the placeholder is not a party's. */
export function partyFieldOf(
  issue: FieldIssue,
): { field: string; party: 0 | 1; lang: string; path: string } | null {
  const [root, lang, , , , name] = issue.path;
  const match =
    issue.code === 'placeholder_empty' && root === 'texts' ? PARTY_FIELD.exec(String(name ?? '')) : null;
  if (!match?.[1] || !match[2]) return null;
  const party = match[2] === 'A' ? 0 : 1;
  const at: Record<string, string> = {
    signatory: `parties.${party}.signatories.0.name`,
    office: `parties.${party}.signatories.0.office.${String(lang)}`,
    resolutionNumber: `parties.${party}.resolution.number`,
    resolutionDate: `parties.${party}.resolution.date`,
    region: `parties.${party}.region`,
    town: `parties.${party}.name`,
  };
  return { field: match[1], party, lang: String(lang), path: at[match[1]] ?? `parties.${party}` };
}

/**
 * The print check's issues (shared/domain/agreement/printCheck.ts, plus the core's
 * image_missing) as sentences in the UI language. Empty party fields that several clauses
 * and both languages use become one sentence each, naming the field to fill.
 */
export function checkMessages(
  issues: readonly FieldIssue[],
  content: AgreementContent,
  t: TFunction,
  language: (code: string) => string,
  locale: string,
): CheckMessage[] {
  const list = (items: Iterable<string>) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format([...items]);
  const party = (i: unknown) => {
    const index = typeof i === 'number' ? i : 0;
    return content.parties[index]?.name.trim() || t('agreements:party', { n: index + 1 });
  };
  const said = new Set(issues.map((i) => i.path.join('.')));
  const messages: CheckMessage[] = [];
  const fields = new Map<
    string,
    { field: string; party: number; langs: Set<string>; clauses: Set<string> }
  >();

  issues.forEach((issue, i) => {
    const [root, a, b, c] = issue.path;
    const id = `${issue.code}-${issue.path.join('.')}-${i}`;
    const fallback = t('agreements:check.unknown');
    if (root === 'parties') {
      const vars = { party: party(a), n: typeof c === 'number' ? c + 1 : 1, defaultValue: fallback };
      messages.push({ id, text: t(`agreements:check.${issue.code}`, vars), tab: 'parties' });
      return;
    }
    if (root === 'objectives') {
      const vars = { n: typeof a === 'number' ? a + 1 : 1, language: language(String(c ?? '')) };
      messages.push({ id, text: t(`agreements:check.${issue.code}`, vars), tab: 'objectives' });
      return;
    }
    const lang = typeof a === 'string' ? language(a) : '';
    if (b === 'labels') {
      const label = t(`agreements:labels.${String(c)}`);
      messages.push({
        id,
        text: t('agreements:check.label_empty', { language: lang, label }),
        tab: 'clauses',
        clause: 'labels',
      });
      return;
    }
    const clause = t(`agreements:clauses.${String(c)}`);
    const owner = partyFieldOf(issue);
    if (owner) {
      // Already said as "signatory has no name" or "party has no name".
      if (said.has(owner.path)) return;
      const key = `${owner.field}${owner.party}`;
      const group = fields.get(key) ?? {
        field: owner.field,
        party: owner.party,
        langs: new Set(),
        clauses: new Set(),
      };
      group.langs.add(lang);
      group.clauses.add(t('agreements:check.quoted', { text: clause }));
      fields.set(key, group);
      return;
    }
    if (b === 'clauses') {
      const placeholder = `{${String(issue.path[5] ?? '')}}`;
      const found = String(issue.path[5] ?? '');
      const foundName = SCRIPTS.has(found) ? t(`agreements:check.scripts.${found}`) : language(found);
      messages.push({
        id,
        text: t(`agreements:check.${issue.code}`, {
          language: lang,
          clause,
          placeholder,
          found: foundName,
          defaultValue: fallback,
        }),
        tab: 'clauses',
        clause: String(c),
      });
      return;
    }
    const found = SCRIPTS.has(String(b))
      ? t(`agreements:check.scripts.${String(b)}`)
      : language(String(b ?? ''));
    messages.push({
      id,
      text: t(`agreements:check.${issue.code}`, { language: lang, found, defaultValue: fallback }),
      tab: 'setup',
    });
  });

  for (const [key, g] of fields) {
    const what = t(`agreements:check.fields.${g.field}`, { party: party(g.party), languages: list(g.langs) });
    messages.push({
      id: `field-${key}`,
      text: t('agreements:check.fieldEmpty', { what, clauses: list(g.clauses) }),
      tab: 'parties',
    });
  }
  return messages;
}
