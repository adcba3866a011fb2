import type { ActivityKind, MemberRoleKind, ServiceCategory } from '../../gql/graphql';

/** The kinds a team's activity may be. */
export const VOLUNTEER_KINDS = [
  'VOLUNTEER_SERVICE',
  'SCIENCE_LECTURE',
  'PERFORMANCE',
] as const satisfies readonly ActivityKind[];

/** The service categories, in the order offered. */
export const SERVICE_CATEGORIES: readonly ServiceCategory[] = [
  'POLICY_OUTREACH',
  'RURAL_REVITALISATION',
  'GRASSROOTS_GOVERNANCE',
  'CIVILISED_CITY',
  'LEGAL_EDUCATION',
  'ENVIRONMENT',
  'TRAFFIC_SAFETY',
  'POVERTY_RELIEF',
  'SCIENCE',
  'CULTURE',
  'HEALTH',
  'ANTI_DRUG',
  'NEXT_GENERATION',
  'OTHER',
];

/** Hours as the lists show them: whole hours plain, tenths kept. */
export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}

/** The community and advisory roles (社会任职), in the order offered. */
export const MEMBER_ROLE_KINDS: readonly MemberRoleKind[] = [
  'COMMUNITY_BRANCH_SECRETARY',
  'COMMUNITY_BRANCH_COMMITTEE',
  'ELDERS_STUDIO',
  'NEXT_GENERATION_COMMITTEE',
  'PARENT_SCHOOL_TEACHER',
  'LECTURER',
];
