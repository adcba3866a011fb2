import { Form, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import { ResetPasswordDocument } from './queries';
import { PasswordField } from './PasswordField';
import type { UserRecord } from './UserFormModal';
import './locale';
import { useFeedback } from '../../components/feedback';

/** Sets a new password for someone who forgot theirs; their sessions end. */
export function ResetPasswordModal({
  user,
  onClose,
  onDone,
}: {
  user: UserRecord;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<{ newPassword: string }>();
  const [reset, { loading }] = useMutation(ResetPasswordDocument);
  const save = useSaveProblems(form);

  const submit = async ({ newPassword }: { newPassword: string }) => {
    save.reset();
    try {
      const { data } = await reset({ variables: { input: { id: user.id, newPassword } } });
      const result = data?.resetPassword;
      if (!result) return;
      if (!save.show(result.userErrors) || !result.user) return;
      message.success(t('users.reset.done', { name: user.displayName }));
      onDone();
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  return (
    <FormModal
      title={t('users.reset.title', { name: user.displayName })}
      okText={t('users.reset.submit')}
      form={form}
      saving={loading}
      onClose={onClose}
    >
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {t('users.reset.body')}
      </Typography.Paragraph>
      <FormProblems problems={save.problems} title={t('users.form.failed')} />
      <Form
        form={form}
        name="userPassword"
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
        <PasswordField
          name="newPassword"
          label={t('users.form.newPassword')}
          username={user.username}
        />
      </Form>
    </FormModal>
  );
}
