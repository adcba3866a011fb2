import { requireKey } from '../../kernel/global-id';
import type { BranchCriteria } from './branch.repository';
import type { BranchFilter } from './branch.types';

/** The branch list's filter as the API receives it turned into the repository's criteria. */
export function branchCriteria(filter: BranchFilter | null | undefined): BranchCriteria | null {
  if (!filter) return null;
  const { parentId, subtreeOf, bureauId, ...rest } = filter;
  return {
    ...rest,
    parentKey: parentId == null ? null : requireKey(parentId, 'Branch', 'filter.parentId'),
    subtreeKey: subtreeOf == null ? null : requireKey(subtreeOf, 'Branch', 'filter.subtreeOf'),
    bureauKey: bureauId == null ? null : requireKey(bureauId, 'Bureau', 'filter.bureauId'),
  };
}
