import { useState } from 'react';
import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { LectureFormat, LectureOrderRowFragment, LectureRowFragment } from '../../gql/graphql';
import { LECTURE_FORMATS } from './education-view';
import {
  CancelLectureOrderDocument,
  CreateLectureDocument,
  LecturesDocument,
  OrderLectureDocument,
  ScheduleLectureOrderDocument,
  UpdateLectureDocument,
} from './queries';
import './locale';

interface Saving {
  saving: boolean;
  run: (work: () => Promise<boolean>) => Promise<void>;
}

/** Runs a save: spins while it runs, closes the dialog when it went through. */
function useSaving(onDone: () => void, fail: (error: unknown) => void): Saving {
  const [saving, setSaving] = useState(false);
  return {
    saving,
    async run(work) {
      setSaving(true);
      try {
        if (await work()) onDone();
      } catch (error) {
        fail(error);
      } finally {
        setSaving(false);
      }
    },
  };
}

interface LectureValues {
  topic: string;
  lecturer: string;
  minutes: number;
  format: LectureFormat;
  description?: string;
  archived?: boolean;
}

/** Adds a lecture to the catalogue or changes one (the bureau's). */
export function LectureFormModal({
  lecture,
  onClose,
  onSaved,
}: {
  lecture: LectureRowFragment | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<LectureValues>();
  const problems = useSaveProblems(form);
  const [create] = useMutation(CreateLectureDocument);
  const [update] = useMutation(UpdateLectureDocument);
  const save = useSaving(() => {
    onSaved();
    onClose();
  }, problems.fail);
  const submit = (values: LectureValues) =>
    save.run(async () => {
      problems.reset();
      const input = {
        topic: values.topic,
        lecturer: values.lecturer,
        minutes: values.minutes,
        format: values.format,
        description: values.description?.trim() || null,
      };
      const errors = lecture
        ? (
            await update({
              variables: {
                input: {
                  ...input,
                  lectureId: lecture.id,
                  archived: values.archived ?? false,
                  expectedVersion: lecture.version,
                },
              },
            })
          ).data!.updateLecture.userErrors
        : (await create({ variables: { input } })).data!.createLecture.userErrors;
      return problems.show(errors);
    });
  return (
    <FormModal
      title={lecture ? t('education.lectures.editLecture') : t('education.lectures.newLecture')}
      width={560}
      saving={save.saving}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={problems.problems} />
      <Form<LectureValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={
          lecture
            ? { ...lecture, description: lecture.description ?? '' }
            : { minutes: 60, format: 'ON_SITE' }
        }
      >
        <Form.Item
          name="topic"
          label={t('education.lecture.topic')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="lecturer"
          label={t('education.lecture.lecturer')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="minutes"
          label={t('education.lecture.minutes')}
          rules={[{ required: true }]}
        >
          <InputNumber min={10} max={600} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="format" label={t('education.lecture.format')} rules={[{ required: true }]}>
          <Select
            aria-label={t('education.lecture.format')}
            options={LECTURE_FORMATS.map((f) => ({ value: f, label: t(`education.format.${f}`) }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t('education.lecture.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {lecture && (
          <Form.Item
            name="archived"
            label={t('education.lecture.archived')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}

interface OrderValues {
  lectureId: string;
  branchId: string;
  wishedFrom: string;
  wishedTo: string;
  note?: string;
}

/** A branch orders a lecture of the catalogue for a wished period (点单). */
export function OrderModal({
  lectureId,
  onClose,
  onSaved,
}: {
  lectureId: string | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<OrderValues>();
  const problems = useSaveProblems(form);
  const lectures = useQuery(LecturesDocument, { variables: { includeArchived: false } });
  const [order] = useMutation(OrderLectureDocument);
  const save = useSaving(() => {
    onSaved();
    onClose();
  }, problems.fail);
  const today = chinaToday();
  const submit = (values: OrderValues) =>
    save.run(async () => {
      problems.reset();
      const res = await order({
        variables: { input: { ...values, note: values.note?.trim() || null } },
      });
      return problems.show(res.data!.orderLecture.userErrors);
    });
  return (
    <FormModal
      title={t('education.lectures.orders')}
      width={560}
      saving={save.saving}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={problems.problems} />
      <Form<OrderValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ lectureId: lectureId ?? undefined, wishedFrom: today, wishedTo: today }}
      >
        <Form.Item
          name="lectureId"
          label={t('education.lecture.topic')}
          rules={[{ required: true }]}
        >
          <Select
            aria-label={t('education.lecture.topic')}
            loading={lectures.loading}
            options={(lectures.data?.lectures.nodes ?? []).map((l) => ({
              value: l.id,
              label: `${l.topic}（${l.lecturer}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="branchId" label={t('education.order.branch')} rules={[{ required: true }]}>
          <BranchTreeSelect aria-label={t('education.order.branch')} />
        </Form.Item>
        <Form.Item
          name="wishedFrom"
          label={t('education.order.wishedFrom')}
          rules={[{ required: true }]}
        >
          <Input type="date" aria-label={t('education.order.wishedFrom')} />
        </Form.Item>
        <Form.Item
          name="wishedTo"
          label={t('education.order.wishedTo')}
          rules={[{ required: true }]}
        >
          <Input type="date" aria-label={t('education.order.wishedTo')} />
        </Form.Item>
        <Form.Item name="note" label={t('education.order.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

interface ScheduleValues {
  date: string;
  time: string;
  place?: string;
  lecturer: string;
}

/** The bureau schedules an order (派单): when, where, who. */
export function ScheduleModal({
  order,
  onClose,
  onSaved,
}: {
  order: LectureOrderRowFragment;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ScheduleValues>();
  const problems = useSaveProblems(form, {
    toFormFields: (errors) =>
      errors.map((e) => (e.field[0] === 'startsAt' ? { ...e, field: ['date'] } : e)),
  });
  const [schedule] = useMutation(ScheduleLectureOrderDocument);
  const save = useSaving(() => {
    onSaved();
    onClose();
  }, problems.fail);
  const submit = (values: ScheduleValues) =>
    save.run(async () => {
      problems.reset();
      const res = await schedule({
        variables: {
          input: {
            orderId: order.id,
            startsAt: `${values.date}T${values.time}:00+08:00`,
            place: values.place?.trim() || null,
            lecturer: values.lecturer,
            expectedVersion: order.version,
          },
        },
      });
      return problems.show(res.data!.scheduleLectureOrder.userErrors);
    });
  return (
    <FormModal
      title={t('education.order.schedule')}
      width={520}
      saving={save.saving}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={problems.problems} />
      <Form<ScheduleValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{
          date: order.wishedFrom,
          time: '09:00',
          place: order.place ?? '',
          lecturer: order.lecturer ?? '',
        }}
      >
        <Form.Item name="date" label={t('education.order.date')} rules={[{ required: true }]}>
          <Input type="date" aria-label={t('education.order.date')} />
        </Form.Item>
        <Form.Item name="time" label={t('education.order.time')} rules={[{ required: true }]}>
          <Input type="time" aria-label={t('education.order.time')} />
        </Form.Item>
        <Form.Item name="place" label={t('education.order.place')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="lecturer"
          label={t('education.lecture.lecturer')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** Cancels an order not yet held, with the reason. */
export function CancelModal({
  order,
  onClose,
  onSaved,
}: {
  order: LectureOrderRowFragment;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const problems = useSaveProblems(form);
  const [cancel] = useMutation(CancelLectureOrderDocument);
  const save = useSaving(() => {
    onSaved();
    onClose();
  }, problems.fail);
  return (
    <FormModal
      title={t('education.order.cancel')}
      width={480}
      danger
      saving={save.saving}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={problems.problems} />
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          void save.run(async () => {
            problems.reset();
            const res = await cancel({
              variables: {
                input: { orderId: order.id, reason: values.reason, expectedVersion: order.version },
              },
            });
            return problems.show(res.data!.cancelLectureOrder.userErrors);
          })
        }
      >
        <Form.Item
          name="reason"
          label={t('education.order.cancelReason')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
