import { Alert, AutoComplete, DatePicker, Form, Input, Select, Switch } from 'antd';
import { useMutation } from '@apollo/client/react';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../app/i18n';
import { chinaToday, formatFen } from '@wanxia/schema';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { RecordVisitInput, VisitOccasion, VisitTaskRowFragment } from '../../gql/graphql';
import { forgetFunding } from '../funding/funding-cache';
import {
  VisitPaymentFields,
  placePaymentErrors,
  visitPayment,
  type PaymentValues,
} from '../funding/VisitPaymentFields';
import { OCCASIONS, taskPurpose } from './occasions';
import { RecordVisitDocument } from './queries';
import { forgetVisitLists } from './visit-cache';
import { lastVisitors, rememberVisitors, useSignedInUserId } from './last-visitors';
import '../funding/locale';
import './locale';
import { useFeedback } from '../../components/feedback';

/** Whom the visit is to, for which occasion, and the task it answers when there is one. */
export interface RecordTarget {
  member: { id: string; name: string };
  occasion: VisitOccasion;
  task?: VisitTaskRowFragment;
}

interface FormValues extends PaymentValues {
  occasion: VisitOccasion;
  visitedOn: Dayjs;
  visitors: string;
  place: string;
  gifts: string;
  summary: string;
  followUpNeeded: boolean;
  followUpNote: string;
}

const orNull = (value: string) => value.trim() || null;

/**
 * Records a visit (走访慰问): on the day it was made (today unless said otherwise, never in the
 * future), by whom, what was found and given. A visit for a task completes it; the server marks
 * it late when made after the window.
 */
export function RecordVisitModal({
  target,
  onClose,
}: {
  target: RecordTarget;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const [record, { loading }] = useMutation(RecordVisitDocument);
  const save = useSaveProblems(form, { toFormFields: placePaymentErrors });
  const followUpNeeded = Form.useWatch('followUpNeeded', form);
  const visitedOn = Form.useWatch('visitedOn', form);
  const today = chinaToday();
  const { member, task } = target;
  const userId = useSignedInUserId();
  const recentVisitors = lastVisitors(userId);
  // A visit before the task's window opens (a birthday visit a week early) still completes it:
  // said before saving, so a mistyped date is caught.
  const beforeWindow = task && visitedOn ? visitedOn.format('YYYY-MM-DD') < task.dueFrom : false;

  const submit = async (values: FormValues) => {
    save.reset();
    const input: RecordVisitInput = {
      memberId: member.id,
      occasion: values.occasion,
      visitedOn: values.visitedOn.format('YYYY-MM-DD'),
      visitors: values.visitors.trim(),
      place: orNull(values.place),
      gifts: orNull(values.gifts),
      summary: orNull(values.summary),
      followUpNeeded: values.followUpNeeded,
      followUpNote: values.followUpNeeded ? orNull(values.followUpNote) : null,
      taskId: task?.id ?? null,
      ...visitPayment(values),
    };
    try {
      const { data } = await record({
        variables: { input },
        update: (cache, { data: answer }) => {
          if (answer?.recordVisit.visit) forgetVisitLists(cache, member.id);
          if (answer?.recordVisit.disbursement) forgetFunding(cache, member.id);
        },
      });
      const result = data?.recordVisit;
      if (!result) return;
      if (!save.show(result.userErrors) || !result.visit) return;
      rememberVisitors(userId, input.visitors);
      const done = result.visitTask;
      if (result.visit.late && done) {
        message.warning(t('visits.record.savedLate', { name: member.name, dueBy: done.dueBy }));
      } else {
        message.success(
          t(done ? 'visits.record.savedTask' : 'visits.record.saved', { name: member.name }),
        );
      }
      if (result.disbursement) {
        message.success(
          t('funding.visitPayment.paid', {
            name: member.name,
            amount: formatFen(result.disbursement.amountFen),
          }),
        );
      }
      onClose();
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  return (
    <FormModal
      title={t('visits.record.title', { name: member.name })}
      width={640}
      form={form}
      saving={loading}
      onClose={onClose}
    >
      {task && (
        <Alert
          type="info"
          showIcon
          title={t('visits.record.forTask', {
            purpose: taskPurpose(task, t),
            from: task.dueFrom,
            to: task.dueBy,
          })}
        />
      )}
      <FormProblems problems={save.problems} />
      <Form<FormValues>
        form={form}
        name="recordVisit"
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          occasion: target.occasion,
          visitedOn: dayjs(today),
          visitors: recentVisitors[0] ?? '',
          place: '',
          gifts: '',
          summary: '',
          followUpNeeded: false,
          followUpNote: '',
        }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <Form.Item
          name="occasion"
          label={t('visits.field.occasion')}
          extra={task ? undefined : t('visits.record.occasionHelp')}
          rules={[{ required: true }]}
        >
          <Select
            disabled={Boolean(task)}
            options={OCCASIONS.map((o) => ({ value: o, label: t(`enum.VisitOccasion.${o}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="visitedOn"
          label={t('visits.field.visitedOn')}
          rules={[{ required: true, message: t('visits.record.visitedOnRequired') }]}
          validateStatus={beforeWindow ? 'warning' : undefined}
          help={
            beforeWindow && task
              ? t('visits.record.beforeWindow', { from: task.dueFrom })
              : undefined
          }
        >
          <DatePicker
            style={{ width: '100%' }}
            allowClear={false}
            disabledDate={(date) => date.format('YYYY-MM-DD') > today}
          />
        </Form.Item>
        <Form.Item
          name="visitors"
          label={t('visits.field.visitors')}
          extra={t('visits.record.visitorsHelp')}
          rules={[
            { required: true, whitespace: true, message: t('visits.record.visitorsRequired') },
          ]}
        >
          <AutoComplete options={recentVisitors.map((value) => ({ value }))}>
            <Input maxLength={200} autoComplete="off" />
          </AutoComplete>
        </Form.Item>
        <Form.Item
          name="place"
          label={t('visits.field.place')}
          extra={t('visits.record.placeHelp')}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="summary" label={t('visits.field.summary')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="gifts"
          label={t('visits.field.gifts')}
          extra={t('visits.record.giftsHelp')}
        >
          <Input maxLength={200} />
        </Form.Item>
        <VisitPaymentFields />
        <Form.Item
          name="followUpNeeded"
          label={t('visits.field.followUpNeeded')}
          valuePropName="checked"
        >
          <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
        </Form.Item>
        {followUpNeeded && (
          <Form.Item name="followUpNote" label={t('visits.field.followUpNote')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
