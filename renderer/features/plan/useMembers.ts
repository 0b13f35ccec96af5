import { useEffect } from 'react';
import type { Member } from '../../../shared/domain/committee';
import { useAppStore } from '../../state/store';
import { NO_MEMBERS } from './memberOptions';

/** The committee's members, loaded once if no screen has loaded them yet. */
export function useMembers(): readonly Member[] {
  const loaded = useAppStore((s) => s.profile !== null);
  const loadCommittee = useAppStore((s) => s.loadCommittee);
  useEffect(() => {
    if (!loaded) void loadCommittee();
  }, [loaded, loadCommittee]);
  return useAppStore((s) => s.profile?.members ?? NO_MEMBERS);
}
