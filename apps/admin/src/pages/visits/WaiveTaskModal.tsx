import { useState } from 'react';
import { App, Form, Input, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { errorMessage, localizeUserErrors } from '../../components/bilingual-message';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { applyUserErrors } from '../../components/user-errors';
import type { VisitTaskRowFragment } from '../../gql/graphql';
import { taskPurpose } from './occasions';
import { WaiveVisitTaskDocument } from './queries';
import { forgetVisitLists } from './visit-cache';

/**
 * Marks a task as not owed (免访), with the reason the bureau will be asked for. It carries the
 * version it was shown at: when someone changed the task meanwhile, nothing is written.
 */
export function WaiveTaskModal({
  task,
  onClose,
}: {
  task: VisitTaskRowFragment;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [waive, { loading }] = useMutation(WaiveVisitTaskDocument);
  const [problems, setProblems] = useState<string[]>([]);
  const name = task.member?.name ?? '';

  const submit = async ({ reason }: { reason: string }) => {
    setProblems([]);
    try {
      const { data } = await waive({
        variables: {
          input: { taskId: task.id, reason: reason.trim(), expectedVersion: task.version },
        },
        // Waived, or changed by someone else meanwhile: either way the lists are out of date.
        update: (cache, { data: answer }) => {
          const payload = answer?.waiveVisitTask;
          const changed =
            payload?.visitTask ||
            payload?.userErrors.some((e) => e.code === 'STALE' || e.code === 'INVALID_STATE');
          if (changed && task.member) forgetVisitLists(cache, task.member.id);
        },
      });
      const result = data?.waiveVisitTask;
      if (!result) return;
      const errors = localizeUserErrors(result.userErrors, locale);
      if (errors.length || !result.visitTask) {
        setProblems(applyUserErrors(form, errors).map((e) => e.message));
        return;
      }
      message.success(t('visits.waive.done', { name }));
      onClose();
    } catch (e: unknown) {
      setProblems([errorMessage(e, locale)]);
    }
  };

  return (
    <FormModal
      title={t('visits.waive.title', { name })}
      okText={t('visits.waive.submit')}
      form={form}
      saving={loading}
      onClose={onClose}
    >
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {t('visits.waive.intro', {
          purpose: taskPurpose(task, t),
          occasion: t(`visits.occasion.${task.occasion}`),
        })}
      </Typography.Paragraph>
      <FormProblems problems={problems} />
      <Form<{ reason: string }>
        form={form}
        name="waiveVisitTask"
        layout="vertical"
        initialValues={{ reason: '' }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <Form.Item
          name="reason"
          label={t('visits.waive.reason')}
          extra={t('visits.waive.reasonHelp')}
          rules={[{ required: true, whitespace: true, message: t('visits.waive.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
