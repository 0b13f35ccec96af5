import { Organisation, type OrganisationDraft } from '../../../shared/domain/activities/organisation';
import type { OrganisationRecord } from '../../../shared/ipc/channels/activities';
import { AppFailure, toFieldIssues } from '../../../shared/ipc/errors';
import type { ServiceContext } from '../context';

const noOrganisation = (id: string) => new AppFailure('NOT_FOUND', `No organisation with id ${id}`);

function checked(o: Organisation): Organisation {
  const parsed = Organisation.safeParse(o);
  if (parsed.success) return parsed.data;
  throw new AppFailure(
    'VALIDATION',
    'The organisation would not be valid',
    toFieldIssues(parsed.error.issues),
  );
}

/**
 * The register of local organisations. Removing one detaches it from the activities and
 * participants that named it (the activity stays, without that organisation) rather than
 * refusing: the window says first how many activities it is named in.
 */
export function organisationService(ctx: ServiceContext) {
  return {
    list: (): OrganisationRecord[] =>
      [...ctx.store().data.organisations].sort((a, b) => a.name.localeCompare(b.name)),

    async save(draft: OrganisationDraft, rev?: number): Promise<OrganisationRecord> {
      const { id, ...fields } = draft;
      const { value } = await ctx.store().transaction((tx) => {
        if (id === undefined) {
          const { id: _new, ...valid } = checked({ id: 'new', ...fields });
          return tx.insert('organisations', valid);
        }
        if (!tx.get('organisations', id)) throw noOrganisation(id);
        return tx.put('organisations', checked({ id, ...fields }), rev);
      });
      return value;
    },

    async remove(id: string): Promise<{ id: string }> {
      await ctx.store().transaction((tx) => {
        if (!tx.get('organisations', id)) throw noOrganisation(id);
        for (const a of tx.all('activities'))
          if (a.organisationIds.includes(id))
            tx.patch('activities', a.id, { organisationIds: a.organisationIds.filter((o) => o !== id) });
        for (const p of tx.all('participants'))
          if (p.organisationId === id) tx.patch('participants', p.id, { organisationId: null });
        tx.remove('organisations', id);
      });
      return { id };
    },
  };
}
export type OrganisationService = ReturnType<typeof organisationService>;
