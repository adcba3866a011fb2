import { Tag } from 'antd';
import { useI18n } from '../../app/i18n';
import type {
  Gender,
  HealthStatus,
  LivingSituation,
  MemberStatus,
  ResidenceKind,
  RetirementType,
} from '../../gql/graphql';

/** The values of the API's enums, in the order the bureau reads them. */
export const GENDERS: readonly Gender[] = ['MALE', 'FEMALE'];
export const MEMBER_STATUSES: readonly MemberStatus[] = ['ACTIVE', 'DECEASED', 'TRANSFERRED_OUT'];
export const RETIREMENT_TYPES: readonly RetirementType[] = ['LIXIU', 'TUIXIU'];
export const HEALTH_STATUSES: readonly HealthStatus[] = ['GOOD', 'FAIR', 'POOR', 'BEDRIDDEN'];
export const LIVING_SITUATIONS: readonly LivingSituation[] = [
  'WITH_SPOUSE',
  'WITH_FAMILY',
  'ALONE',
  'CARE_HOME',
];
export const RESIDENCE_KINDS: readonly ResidenceKind[] = ['TOWNSHIP', 'ELSEWHERE'];

const STATUS_COLORS: Record<MemberStatus, string> = {
  ACTIVE: 'green',
  DECEASED: 'default',
  TRANSFERRED_OUT: 'blue',
};

export function StatusTag({ status }: { status: MemberStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`roster.status.${status}`)}
    </Tag>
  );
}

/** 离休 cadres get extra care, so their tag stands out. */
export function RetirementTag({ type }: { type: RetirementType }) {
  const { t } = useI18n();
  return (
    <Tag color={type === 'LIXIU' ? 'volcano' : 'default'} style={{ marginInlineEnd: 0 }}>
      {t(`roster.retirementType.${type}`)}
    </Tag>
  );
}
