import { useState } from 'react';
import { Link } from 'react-router';
import { Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { errorMessage, localizeUserErrors } from '../../components/server-message';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { ArchiveBranchDocument } from './queries';
import type { BranchNode } from './tree';
import './locale';
import { useFeedback } from '../../components/feedback';

/**
 * Archives (撤销) a branch after confirmation. The server refuses while members or branches
 * remain (HAS_MEMBERS, HAS_CHILDREN); the dialog stays open and says why, with the way to those
 * members in the roster.
 */
export function ArchiveBranchModal({
  branch,
  onClose,
  onArchived,
}: {
  branch: BranchNode;
  onClose: () => void;
  onArchived: () => void;
}) {
  const { t, locale } = useI18n();
  const { message } = useFeedback();
  const [archive, { loading }] = useMutation(ArchiveBranchDocument);
  const [refusals, setRefusals] = useState<{ code: string; message: string }[]>([]);

  const submit = async () => {
    setRefusals([]);
    try {
      const { data } = await archive({
        variables: { input: { id: branch.id, expectedVersion: branch.version } },
      });
      const result = data?.archiveBranch;
      if (!result) return;
      if (result.userErrors.length || !result.branch) {
        setRefusals(localizeUserErrors(result.userErrors, locale));
        return;
      }
      message.success(t('branches.archive.done', { name: branch.name }));
      onArchived();
    } catch (e: unknown) {
      setRefusals([{ code: 'ERROR', message: errorMessage(e, locale) }]);
    }
  };

  return (
    <FormModal
      title={t('branches.archive.title', { name: branch.name })}
      okText={t('branches.archive.submit')}
      danger
      onOk={() => void submit()}
      saving={loading}
      onClose={onClose}
    >
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {t('branches.archive.body')}
      </Typography.Paragraph>
      <FormProblems
        problems={refusals.map((refusal) => refusal.message)}
        title={t('branches.archive.refused')}
      >
        {refusals.some((r) => r.code === 'HAS_MEMBERS') && (
          <Link to={`/roster?branch=${encodeURIComponent(branch.id)}`}>
            {t('branches.archive.openRoster')}
          </Link>
        )}
      </FormProblems>
    </FormModal>
  );
}
