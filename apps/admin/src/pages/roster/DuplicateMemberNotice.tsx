import { Link } from 'react-router';
import { Alert } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { MemberWithIdCardDocument } from './queries';
import './locale';

/**
 * After the server refused an ID number as DUPLICATE: who holds it, with a link to them, so the
 * person is opened rather than entered twice.
 */
export function DuplicateMemberNotice({ idCardNumber }: { idCardNumber: string }) {
  const { t } = useI18n();
  const { data } = useQuery(MemberWithIdCardDocument, {
    variables: { idCardNumber },
    fetchPolicy: 'network-only',
  });
  const holder = data?.members.nodes[0];
  if (!holder) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={
        <>
          {t('roster.form.duplicateOf')}
          <Link to={`/roster/${encodeURIComponent(holder.id)}`}>
            {holder.name}
            {holder.branch ? `（${holder.branch.name}）` : ''}
          </Link>
        </>
      }
    />
  );
}
