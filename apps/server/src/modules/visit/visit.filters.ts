import { requireKey } from '../../kernel/global-id';
import type { VisitCriteria, VisitTaskCriteria } from './visit.repository';
import type { VisitFilter, VisitTaskFilter } from './visit.types';

/**
 * The filters of the visit lists as the API receives them (GraphQL and the spreadsheet exports)
 * turned into the repository's criteria: a malformed or wrong-type id is a BAD_USER_INPUT error
 * naming the field.
 */
export function visitTaskCriteria(
  filter: VisitTaskFilter | null | undefined,
): VisitTaskCriteria | null {
  if (!filter) return null;
  const { branchSubtree, bureauId, memberId, ...rest } = filter;
  return {
    ...rest,
    subtreeKey:
      branchSubtree == null ? null : requireKey(branchSubtree, 'Branch', 'filter.branchSubtree'),
    bureauKey: bureauId == null ? null : requireKey(bureauId, 'Bureau', 'filter.bureauId'),
    memberKey: memberId == null ? null : requireKey(memberId, 'Member', 'filter.memberId'),
  };
}

export function visitCriteria(filter: VisitFilter | null | undefined): VisitCriteria | null {
  if (!filter) return null;
  const { branchSubtree, bureauId, memberId, ...rest } = filter;
  return {
    ...rest,
    subtreeKey:
      branchSubtree == null ? null : requireKey(branchSubtree, 'Branch', 'filter.branchSubtree'),
    bureauKey: bureauId == null ? null : requireKey(bureauId, 'Bureau', 'filter.bureauId'),
    memberKey: memberId == null ? null : requireKey(memberId, 'Member', 'filter.memberId'),
  };
}
