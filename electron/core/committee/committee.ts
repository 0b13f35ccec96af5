import { detachMember } from '../planning/planningLinks';
import type {
  CommitteeInfoEdit,
  Member,
  MemberDraft,
  MunicipalityEdit,
  SavedCommitteeInfo,
  SavedMunicipality,
} from '../../../shared/domain/committee';
import { AppFailure } from '../../../shared/ipc/errors';
import { SINGLETON_ID } from '../store/records';
import { committeeOf } from '../store/views';
import type { ServiceContext } from '../context';

const noMember = (id: string) => new AppFailure('NOT_FOUND', `No member with id ${id}`);

export function committeeService(ctx: ServiceContext) {
  return {
    get: () => committeeOf(ctx.store().data),

    async saveMunicipality({ rev, ...municipality }: MunicipalityEdit): Promise<SavedMunicipality> {
      const { value } = await ctx
        .store()
        .transaction((tx) => tx.put('municipality', { ...municipality, id: SINGLETON_ID.municipality }, rev));
      return { ...municipality, rev: value.rev };
    },

    async saveCommittee({ rev, ...committee }: CommitteeInfoEdit): Promise<SavedCommitteeInfo> {
      const { value } = await ctx
        .store()
        .transaction((tx) => tx.put('committeeInfo', { ...committee, id: SINGLETON_ID.committeeInfo }, rev));
      return { ...committee, rev: value.rev };
    },

    async saveMember({ id, rev, ...fields }: MemberDraft): Promise<Member> {
      const { value } = await ctx.store().transaction((tx): Member => {
        if (id === undefined) return tx.insert('members', { ...fields, createdAt: tx.now.toISOString() });
        const existing = tx.get('members', id);
        if (!existing) throw noMember(id);
        return tx.put('members', { ...existing, ...fields }, rev);
      });
      return value;
    },

    async deleteMember(id: string): Promise<{ id: string }> {
      await ctx.store().transaction((tx) => {
        if (!tx.get('members', id)) throw noMember(id);
        detachMember(tx, id);
        tx.remove('members', id);
      });
      return { id };
    },
  };
}
export type CommitteeService = ReturnType<typeof committeeService>;
