import { countParticipants } from '../../../shared/domain/activities/counts';
import { Participant, type ParticipantDraft } from '../../../shared/domain/activities/participant';
import { holdsSensitiveData } from '../../../shared/domain/activities/retention';
import type { ParticipantCountsView, ParticipantRecord } from '../../../shared/ipc/channels/participants';
import { AppFailure, toFieldIssues } from '../../../shared/ipc/errors';
import type { RecordMeta } from '../store/records';
import type { StoreData } from '../store/schema';
import type { Tx } from '../store/transaction';
import { noActivity } from '../activities/activities';
import type { ServiceContext } from '../context';

export const noParticipant = (id: string) => new AppFailure('NOT_FOUND', `No participant with id ${id}`);

const strip = ({ rev: _rev, updatedAt: _at, ...rest }: Participant & RecordMeta): Participant => rest;

/** An activity's participants, by name in the secretary's alphabet (accents as in the register). */
export function participantsOf(db: Readonly<StoreData>, activityId: string): ParticipantRecord[] {
  return db.participants
    .filter((p) => p.activityId === activityId)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export function activityOf(db: Readonly<StoreData>, activityId: string) {
  const a = db.activities.find((x) => x.id === activityId);
  if (!a) throw noActivity(activityId);
  return a;
}

/** One participant against the domain schema and the records it names (its activity, organisation, household). */
function checkedParticipant(tx: Tx, p: Participant): Participant {
  const parsed = Participant.safeParse(p);
  if (!parsed.success)
    throw new AppFailure(
      'VALIDATION',
      'The participant would not be valid',
      toFieldIssues(parsed.error.issues),
    );
  if (!tx.get('activities', p.activityId)) throw noActivity(p.activityId);
  const unknown = (path: string, id: string) =>
    new AppFailure('VALIDATION', `The participant names a record that does not exist: ${id}`, [
      { path: [path], code: 'unknown_reference', message: id },
    ]);
  if (p.organisationId !== null && !tx.get('organisations', p.organisationId))
    throw unknown('organisationId', p.organisationId);
  if (p.preferredHouseholdId !== null && !tx.get('households', p.preferredHouseholdId))
    throw unknown('preferredHouseholdId', p.preferredHouseholdId);
  return parsed.data;
}

/** Adds a participant inside a transaction (the form and the import share it). */
export function insertParticipant(tx: Tx, draft: ParticipantDraft): ParticipantRecord {
  const { id: _none, ...fields } = checkedParticipant(tx, { ...draft, id: 'new' });
  return tx.insert('participants', fields);
}

/**
 * The register of one activity's participants: add, edit (with the revision the form was
 * based on) and remove. Removing a participant removes their host placements too, which
 * belong to them alone; the window offers Undo by saving the returned record again.
 */
export function participantService(ctx: ServiceContext) {
  const db = () => ctx.store().data;
  return {
    list(activityId: string): ParticipantRecord[] {
      activityOf(db(), activityId);
      return participantsOf(db(), activityId);
    },

    async save(draft: ParticipantDraft, rev?: number): Promise<ParticipantRecord> {
      const { value } = await ctx.store().transaction((tx) => {
        if (draft.id === undefined) return insertParticipant(tx, draft);
        const existing = tx.get('participants', draft.id);
        if (!existing) throw noParticipant(draft.id);
        if (existing.activityId !== draft.activityId)
          throw new AppFailure('VALIDATION', 'A participant stays with the activity they registered for', [
            { path: ['activityId'], code: 'activity_fixed', message: existing.activityId },
          ]);
        return tx.put('participants', checkedParticipant(tx, { ...draft, id: draft.id }), rev);
      });
      return value;
    },

    async remove(id: string): Promise<Participant> {
      const { value } = await ctx.store().transaction((tx) => {
        const existing = tx.get('participants', id);
        if (!existing) throw noParticipant(id);
        for (const a of tx.all('hostAssignments'))
          if (a.participantId === id) tx.remove('hostAssignments', a.id);
        tx.remove('participants', id);
        return strip(existing);
      });
      return value;
    },

    counts(activityId: string): ParticipantCountsView {
      const activity = activityOf(db(), activityId);
      const people = participantsOf(db(), activityId);
      return {
        ...countParticipants(people, activity.startDate),
        holdingSensitive: people.filter(holdsSensitiveData).length,
      };
    },
  };
}
export type ParticipantService = ReturnType<typeof participantService>;
