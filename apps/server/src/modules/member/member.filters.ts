import { requireKey } from '../../kernel/global-id';
import type { MemberCriteria } from './member.repository';
import type { MemberFilter } from './member.types';

/**
 * The roster's filter as the API receives it (GraphQL and the spreadsheet export) turned into
 * the repository's criteria: a malformed or wrong-type id is a BAD_USER_INPUT error.
 */
export function memberCriteria(filter: MemberFilter | null | undefined): MemberCriteria | null {
  if (!filter) return null;
  const { branchSubtree, bureauId, ...rest } = filter;
  return {
    ...rest,
    subtreeKey:
      branchSubtree == null ? null : requireKey(branchSubtree, 'Branch', 'filter.branchSubtree'),
    bureauKey: bureauId == null ? null : requireKey(bureauId, 'Bureau', 'filter.bureauId'),
  };
}
