import type { Participant, ParticipantDraft } from '../participant';
import { foldName } from '../../placeNames';
import { hasNameColumns, mapParticipantHeader, PARTICIPANT_FIELDS, type ParticipantField } from './columns';
import {
  emptyParticipantPreview,
  PARTICIPANT_IMPORT_MAX_ROWS,
  personKey,
  validEmail,
  validPhone,
  WARNING_CODES,
  type ParticipantImportPreview,
  type ParticipantPreviewRow,
  type ParticipantRowIssue,
  type SheetTable,
} from './preview';
import {
  parseAge,
  parseBirthYear,
  parseConsent,
  parseDay,
  parseOrigin,
  parseRegistration,
  parseRole,
  parseYesNo,
} from './values';

export interface ParticipantPreviewContext {
  activity: { id: string; startDate: string; endDate: string };
  /** The host town's country: local participants without one are from there. */
  homeCountry: string;
  /** Every ISO 3166 country, by name in the four languages or by code; null if unknown. */
  resolveCountry(value: string): string | null;
  organisations: readonly { id: string; name: string }[];
  /** Already registered for this activity, so a second import adds nobody twice. */
  existing: readonly Pick<Participant, 'name' | 'country' | 'birthYear'>[];
}

const LIMITS: Partial<Record<ParticipantField, number>> = {
  name: 160,
  town: 120,
  stayGroup: 80,
  diet: 300,
};

/**
 * Reads a registration sheet into rows ready to import, each with its status and its
 * reasons. Pure: nothing is written; the confirmed import runs it again on the same file.
 */
export function buildParticipantPreview(
  table: SheetTable,
  ctx: ParticipantPreviewContext,
): ParticipantImportPreview {
  const [header, ...records] = table.rows;
  if (!header || (records.length === 0 && header.cells.every((c) => c.trim() === '')))
    return emptyParticipantPreview([{ code: 'empty', params: {} }], table.format);
  if (records.length > PARTICIPANT_IMPORT_MAX_ROWS)
    return emptyParticipantPreview(
      [{ code: 'tooManyRows', params: { max: PARTICIPANT_IMPORT_MAX_ROWS } }],
      table.format,
    );
  const at = mapParticipantHeader(header.cells);
  const columns = Object.fromEntries(
    PARTICIPANT_FIELDS.map((f) => [f, at[f] === undefined ? null : (header.cells[at[f]]?.trim() ?? null)]),
  );
  const missing = [
    ...(hasNameColumns(at) ? [] : ['name']),
    ...(at.country === undefined && at.town === undefined ? ['country'] : []),
  ];
  if (missing.length > 0) {
    const found = header.cells.slice(0, 12).map((h) => h.trim().slice(0, 40));
    return {
      ...emptyParticipantPreview(
        [{ code: 'missingColumns', params: { columns: missing, found } }],
        table.format,
      ),
      sheet: table.sheet,
      columns,
    };
  }

  const organisations = new Map(ctx.organisations.map((o) => [foldName(o.name), o.id]));
  const registered = new Set(ctx.existing.map((p) => personKey(p.name, p.country, p.birthYear)));
  const seen = new Map<string, number>();

  const rows = records
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map(({ line, cells }): ParticipantPreviewRow => {
      // The apostrophe CSV exports put before + = - @ (so no spreadsheet runs a formula) is not data.
      const value = (f: ParticipantField) =>
        at[f] === undefined ? '' : (cells[at[f]] ?? '').trim().replace(/^'(?=[=+\-@])/, '');
      const values = Object.fromEntries(
        PARTICIPANT_FIELDS.filter((f) => at[f] !== undefined).map((f) => [f, value(f)]),
      );
      const issues: ParticipantRowIssue[] = [];
      const issue = (code: ParticipantRowIssue['code'], params: ParticipantRowIssue['params'] = {}) =>
        issues.push({ code, params });

      const name = (
        value('name') || [value('firstName'), value('lastName')].filter(Boolean).join(' ')
      ).replace(/\s+/g, ' ');
      if (name === '') issue('missingName');
      for (const [field, max] of Object.entries(LIMITS) as [ParticipantField, number][])
        if (value(field).length > max) issue('tooLong', { field, max });
      if (name.length > 160 && value('name') === '') issue('tooLong', { field: 'name', max: 160 });

      const originCell = parseOrigin(value('origin'));
      if (originCell === undefined) issue('unknownOrigin', { value: value('origin') });
      const countryText = value('country');
      let country = countryText === '' ? null : ctx.resolveCountry(countryText);
      if (countryText !== '' && country === null) issue('unknownCountry', { value: countryText });
      let origin = originCell ?? null;
      const countryUnknown = countryText !== '' && country === null;
      if (origin === null && originCell !== undefined && !countryUnknown) {
        origin = country !== null && country !== ctx.homeCountry ? 'invited' : 'local';
        issue('originAssumed', { origin });
      }
      if (countryText === '') {
        if (origin === 'local') {
          country = ctx.homeCountry;
          issue('countryAssumed', { country });
        } else if (origin === 'invited') issue('missingCountry');
      }

      const roleCell = parseRole(value('role'));
      if (roleCell === undefined) issue('unknownRole', { value: value('role') });
      const registrationCell = parseRegistration(value('registration'));
      if (registrationCell === undefined) issue('unknownRegistration', { value: value('registration') });
      const ageBand = parseAge(value('age'));
      if (ageBand === undefined) issue('badAge', { value: value('age') });
      const birthYear = parseBirthYear(value('birthYear'));
      const startYear = Number(ctx.activity.startDate.slice(0, 4));
      if (birthYear === undefined || (birthYear !== null && (birthYear < 1900 || birthYear > startYear)))
        issue('badBirthYear', { value: value('birthYear'), min: 1900, max: startYear });
      const day = (field: 'arrival' | 'departure') => {
        const d = parseDay(value(field));
        if (d === undefined) issue('badDate', { field, value: value(field) });
        return d ?? null;
      };
      const arrival = day('arrival');
      const departure = day('departure');
      if (arrival && departure && departure < arrival)
        issue('departureBeforeArrival', { arrival, departure });
      if (arrival && arrival > ctx.activity.endDate)
        issue('outsideActivity', { field: 'arrival', value: arrival });
      if (departure && departure < ctx.activity.startDate)
        issue('outsideActivity', { field: 'departure', value: departure });
      if (!validEmail(value('email'))) issue('badEmail', { value: value('email') });
      if (!validPhone(value('phone'))) issue('badPhone', { value: value('phone') });
      const needsHostCell = parseYesNo(value('needsHost'));
      if (needsHostCell === undefined) issue('badYesNo', { field: 'needsHost', value: value('needsHost') });
      const consent = parseConsent(value('photoConsent'));
      if (consent === undefined) issue('badYesNo', { field: 'photoConsent', value: value('photoConsent') });

      const organisationName = value('organisation');
      const organisationId =
        organisationName === '' ? null : (organisations.get(foldName(organisationName)) ?? null);
      if (organisationName !== '' && organisationId === null)
        issue('unknownOrganisation', { value: organisationName });

      const year = typeof birthYear === 'number' ? birthYear : null;
      if (name !== '') {
        const key = personKey(name, country, year);
        const first = seen.get(key);
        if (first !== undefined) issue('duplicateRow', { line: first });
        else seen.set(key, line);
        if (registered.has(key)) issue('alreadyRegistered', { name });
      }

      const errors = issues.some((i) => !WARNING_CODES.has(i.code));
      const status = errors ? 'error' : issues.length > 0 ? 'warning' : 'ok';
      if (errors || origin === null) return { line, values, status: 'error', issues, participant: null };
      const participant: ParticipantDraft = {
        activityId: ctx.activity.id,
        name,
        town: value('town'),
        country,
        organisationId,
        role: roleCell ?? (origin === 'invited' ? 'delegationMember' : 'localParticipant'),
        origin,
        ageBand: year === null ? (ageBand ?? null) : null,
        birthYear: year,
        registration: registrationCell ?? 'registered',
        arrival,
        departure,
        email: value('email'),
        phone: value('phone'),
        languages: [],
        needsHost: needsHostCell ?? origin === 'invited',
        stayGroup: value('stayGroup'),
        preferredHouseholdId: null,
        prefersSmokeFree: false,
        photoConsent: consent ?? 'unknown',
        parentConsent: 'unknown',
        dietNeeds: [],
        dietNote: value('diet'),
        petAllergies: [],
        accessNeeds: '',
        stepFreeAccess: false,
        emergencyContact: null,
        notes: '',
      };
      return { line, values, status, issues, participant };
    });

  const count = (s: ParticipantPreviewRow['status']) => rows.filter((r) => r.status === s).length;
  return {
    format: table.format,
    sheet: table.sheet,
    columns,
    problems: table.unterminatedQuote
      ? [{ code: 'unterminatedQuote', params: { line: records.at(-1)?.line ?? 1 } }]
      : [],
    rows,
    counts: { ok: count('ok'), warning: count('warning'), error: count('error') },
  };
}
