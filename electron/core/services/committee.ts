import type { CommitteeInfo, Member, MemberDraft, Municipality } from '../../../shared/domain/committee';
import { AppFailure } from '../../../shared/ipc/errors';
import type { ServiceContext } from './context';

export function committeeService(ctx: ServiceContext) {
  const profile = () => ctx.store().data.committee;

  return {
    get: () => profile(),

    async saveMunicipality(municipality: Municipality): Promise<Municipality> {
      await ctx.store().update((db) => ({ ...db, committee: { ...db.committee, municipality } }));
      return municipality;
    },

    async saveCommittee(committee: CommitteeInfo): Promise<CommitteeInfo> {
      await ctx.store().update((db) => ({ ...db, committee: { ...db.committee, committee } }));
      return committee;
    },

    async saveMember(draft: MemberDraft): Promise<Member> {
      const stamp = ctx.now().toISOString();
      const { id, ...fields } = draft;
      const existing = id ? profile().members.find((m) => m.id === id) : undefined;
      if (id && !existing) throw new AppFailure('NOT_FOUND', `No member with id ${id}`);
      const member: Member = existing
        ? { ...existing, ...fields, updatedAt: stamp }
        : { id: ctx.newId(), ...fields, createdAt: stamp, updatedAt: stamp };
      await ctx.store().update((db) => {
        const members = existing
          ? db.committee.members.map((m) => (m.id === member.id ? member : m))
          : [...db.committee.members, member];
        return { ...db, committee: { ...db.committee, members } };
      });
      return member;
    },

    async deleteMember(id: string): Promise<{ id: string }> {
      if (!profile().members.some((m) => m.id === id))
        throw new AppFailure('NOT_FOUND', `No member with id ${id}`);
      await ctx.store().update((db) => ({
        ...db,
        committee: { ...db.committee, members: db.committee.members.filter((m) => m.id !== id) },
      }));
      return { id };
    },
  };
}
export type CommitteeService = ReturnType<typeof committeeService>;
