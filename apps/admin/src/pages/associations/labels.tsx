import { Tag } from 'antd';
import { useI18n } from '../../app/i18n';
import type { AssociationRole } from '../../gql/graphql';
import './locale';

/** A role in an association. */
export function AssociationRoleTag({ role }: { role: AssociationRole }) {
  const { t } = useI18n();
  return <Tag>{t(`associations.role.${role}`)}</Tag>;
}
