import { Tag } from 'antd';
import { useI18n } from '../../app/i18n';
import type { AssociationRole } from '../../gql/graphql';

/** A role in an association; its leaders' stand out. */
export function AssociationRoleTag({ role }: { role: AssociationRole }) {
  const { t } = useI18n();
  return (
    <Tag color={role === 'MEMBER' ? undefined : 'volcano'}>{t(`associations.role.${role}`)}</Tag>
  );
}
