import { Form, Input, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { VisitTaskRowFragment } from '../../gql/graphql';
import { taskPurpose } from './occasions';
import { WaiveVisitTaskDocument } from './queries';
import { forgetVisitLists } from './visit-cache';
import './locale';
import { useFeedback } from '../../components/feedback';

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
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<{ reason: string }>();
  const [waive, { loading }] = useMutation(WaiveVisitTaskDocument);
  const save = useSaveProblems(form);
  const name = task.member?.name ?? '';

  const submit = async ({ reason }: { reason: string }) => {
    save.reset();
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
      if (!save.show(result.userErrors) || !result.visitTask) return;
      message.success(t('visits.waive.done', { name }));
      onClose();
    } catch (e: unknown) {
      save.fail(e);
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
          occasion: t(`enum.VisitOccasion.${task.occasion}`),
        })}
      </Typography.Paragraph>
      <FormProblems problems={save.problems} />
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
