import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import { timeRange } from '../party-life/party-life-view';
import { WEEKDAY_KEYS } from './centre-view';
import { CreateCourseDocument } from './queries';
import './locale';

interface Slot {
  weekday: number;
  startTime: string;
  endTime: string;
}
interface Values {
  name: string;
  term: string;
  teacher: string;
  roomId: string;
  schedule: Slot[];
  termStartsOn: string;
  termEndsOn: string;
  capacity: number;
}
interface Check {
  sessionCount: number;
  clashes: {
    startsAt: string;
    endsAt: string;
    booking: { purpose: string; room: { name: string } };
  }[];
}

/**
 * Sets up a course: its term, teacher, room and weekly times; 检查冲突 lists each session whose
 * time the room is already booked at, and saving with a clash is refused.
 */
export function CourseFormModal({
  rooms,
  term,
  onClose,
  onSaved,
}: {
  rooms: readonly { id: string; name: string }[];
  term: string | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form);
  const [saving, setSaving] = useState(false);
  const [check, setCheck] = useState<Check | null>(null);
  const [create] = useMutation(CreateCourseDocument);

  const send = async (values: Values, dryRun: boolean) => {
    saveProblems.reset();
    setSaving(true);
    try {
      const res = await create({ variables: { input: { ...values, dryRun } } });
      const payload = res.data!.createCourse;
      setCheck(
        payload.sessionCount == null
          ? null
          : { sessionCount: payload.sessionCount, clashes: payload.clashes },
      );
      if (!saveProblems.show(payload.userErrors) || dryRun) return;
      onSaved();
      onClose();
    } catch (error) {
      saveProblems.fail(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={t('centre.courses.new')}
      width={640}
      saving={saving}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      {check && (
        <Alert
          type={check.clashes.length ? 'warning' : 'success'}
          showIcon
          title={
            check.clashes.length
              ? t('centre.course.clashes', {
                  count: check.sessionCount,
                  clashes: check.clashes.length,
                })
              : t('centre.course.noClash', { count: check.sessionCount })
          }
          description={
            check.clashes.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {check.clashes.map((c) => (
                  <li key={c.startsAt}>
                    {timeRange(c.startsAt, c.endsAt)}：{c.booking.room.name} {c.booking.purpose}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void send(values, false)}
        initialValues={{
          term: term ?? '',
          capacity: 30,
          schedule: [{ weekday: 1, startTime: '09:00', endTime: '11:00' }],
        }}
      >
        <Form.Item
          name="name"
          label={t('centre.course.name')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="term"
          label={t('centre.course.term')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={20} placeholder="2026秋季" />
        </Form.Item>
        <Form.Item
          name="teacher"
          label={t('centre.course.teacher')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="roomId" label={t('centre.field.room')} rules={[{ required: true }]}>
          <Select
            aria-label={t('centre.field.room')}
            options={rooms.map((r) => ({ value: r.id, label: r.name }))}
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="termStartsOn"
            label={t('centre.course.termStartsOn')}
            rules={[{ required: true }]}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="termEndsOn"
            label={t('centre.course.termEndsOn')}
            rules={[{ required: true }]}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="capacity"
            label={t('centre.course.capacity')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={1000} precision={0} />
          </Form.Item>
        </Flex>
        <Typography.Text strong>{t('centre.course.schedule')}</Typography.Text>
        <Form.List name="schedule">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginTop: 8 }}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="center" wrap>
                  <Form.Item name={[field.name, 'weekday']} noStyle>
                    <Select
                      aria-label={t('centre.course.schedule')}
                      style={{ width: 96 }}
                      options={WEEKDAY_KEYS.map((key, i) => ({ value: i + 1, label: t(key) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'startTime']} noStyle>
                    <Input
                      type="time"
                      aria-label={t('centre.field.startTime')}
                      style={{ width: 120 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'endTime']} noStyle>
                    <Input
                      type="time"
                      aria-label={t('centre.field.endTime')}
                      style={{ width: 120 }}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    aria-label={t('centre.course.removeSlot')}
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                style={{ alignSelf: 'flex-start' }}
                onClick={() => add({ weekday: 1, startTime: '09:00', endTime: '11:00' })}
              >
                {t('centre.course.addSlot')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
      <Button
        onClick={() =>
          void form.validateFields().then(
            (values) => send(values, true),
            () => undefined,
          )
        }
      >
        {t('centre.course.check')}
      </Button>
    </FormModal>
  );
}
