import { Form, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { FormModal } from '../../../components/FormModal';
import { FormProblems } from '../../../components/FormProblems';
import { useSaveProblems } from '../../../components/useSaveProblems';
import type { MemberStatus } from '../../../gql/graphql';
import { UndoMemberStatusDocument } from './queries';
import { forgetRosterLists } from './roster-cache';
import './locale';
import { useFeedback } from '../../../components/feedback';

/** 撤销: an admin puts a member wrongly recorded as deceased or transferred out back. */
export function UndoStatusModal({
  member,
  onClose,
}: {
  member: { id: string; name: string; version: number; status: MemberStatus };
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm();
  const [undo, { loading }] = useMutation(UndoMemberStatusDocument);
  const save = useSaveProblems(form);

  const submit = async () => {
    save.reset();
    try {
      const { data } = await undo({
        variables: { input: { memberId: member.id, expectedVersion: member.version } },
        update: (cache, { data: answer }) => {
          if (answer?.undoMemberStatus.member) forgetRosterLists(cache, member.id);
        },
      });
      const result = data?.undoMemberStatus;
      if (!result || !save.show(result.userErrors) || !result.member) return;
      message.success(t('life.undo.done', { name: member.name }));
      onClose();
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  return (
    <FormModal
      title={t('life.undo.title', { name: member.name })}
      width={520}
      okText={t('life.undo.submit')}
      danger
      onOk={() => void submit()}
      saving={loading}
      onClose={onClose}
    >
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {t('life.undo.intro', { status: t(`enum.MemberStatus.${member.status}`) })}
      </Typography.Paragraph>
      <FormProblems problems={save.problems} />
      <Form form={form} component={false} />
    </FormModal>
  );
}
