import { useState } from 'react';
import { Form, Input, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import { chinaInstant } from '../party-life/party-life-view';
import { BookRoomDocument } from './queries';
import './locale';

interface Values {
  roomId: string;
  date: string;
  startTime: string;
  endTime: string;
  purpose: string;
}

/** Books a room for a time on one day; a time already booked is refused, the booking in the way named. */
export function BookingModal({
  rooms,
  roomId,
  date,
  onClose,
  onSaved,
}: {
  rooms: readonly { id: string; name: string }[];
  roomId: string | null;
  date: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form);
  const [saving, setSaving] = useState(false);
  const [book] = useMutation(BookRoomDocument);

  const submit = async (values: Values) => {
    saveProblems.reset();
    setSaving(true);
    try {
      const res = await book({
        variables: {
          input: {
            roomId: values.roomId,
            startsAt: chinaInstant(values.date, values.startTime),
            endsAt: chinaInstant(values.date, values.endTime),
            purpose: values.purpose,
          },
        },
      });
      if (!saveProblems.show(res.data!.bookRoom.userErrors)) return;
      onSaved();
      onClose();
    } catch (error) {
      saveProblems.fail(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal title={t('centre.book')} width={520} saving={saving} form={form} onClose={onClose}>
      <FormProblems problems={saveProblems.problems} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{
          roomId: roomId ?? undefined,
          date,
          startTime: '09:00',
          endTime: '11:00',
        }}
      >
        <Form.Item name="roomId" label={t('centre.field.room')} rules={[{ required: true }]}>
          <Select
            aria-label={t('centre.field.room')}
            options={rooms.map((r) => ({ value: r.id, label: r.name }))}
          />
        </Form.Item>
        <Form.Item name="date" label={t('centre.field.date')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="startTime"
          label={t('centre.field.startTime')}
          rules={[{ required: true }]}
        >
          <Input type="time" />
        </Form.Item>
        <Form.Item name="endTime" label={t('centre.field.endTime')} rules={[{ required: true }]}>
          <Input type="time" />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t('centre.field.purpose')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
