import { requireKey } from '../../kernel/global-id';
import type { ActivityCriteria } from './activity.repository';
import type { ActivityFilter } from './activity.types';

/**
 * The activity list's filter as the API receives it (GraphQL and the spreadsheet export) turned
 * into the repository's criteria: a malformed or wrong-type id is a BAD_USER_INPUT error naming
 * the field.
 */
export function activityCriteria(filter: ActivityFilter | null | undefined): ActivityCriteria {
  const { branchId, participantId, ...rest } = filter ?? {};
  return {
    ...rest,
    branchKey: branchId == null ? null : requireKey(branchId, 'Branch', 'filter.branchId'),
    participantKey:
      participantId == null ? null : requireKey(participantId, 'Member', 'filter.participantId'),
  };
}
