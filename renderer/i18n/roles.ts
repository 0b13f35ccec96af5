import type { TFunction } from 'i18next';
import type { FormOfAddress, MemberRole } from '../../shared/domain/committee';

/**
 * A committee role as the member's title: in French a woman is "Présidente", "Trésorière".
 * The feminine forms are i18next contexts (committee:role.chair_female); languages with neutral
 * titles (German "Vorsitz") give the same word for both.
 */
export function roleTitle(t: TFunction, role: MemberRole, address: FormOfAddress = 'none'): string {
  return t(`committee:role.${role}`, { context: address === 'ms' ? 'female' : undefined });
}
