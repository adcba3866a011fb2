import { useEffect, useState } from 'react';
import { Alert, Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { chinaDateTime, chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import { chinaInstant } from '../party-life/party-life-view';
import { CloseSignupDocument, OpenSignupDocument, SignupOfTargetDocument } from './queries';
import { suggestedDeadline } from './signup-view';
import './locale';
import { useFeedback } from '../../components/feedback';

interface Values {
  capacity?: number | null;
  closesDate: string;
  closesTime: string;
}

/**
 * 开放报名 for an activity (its places and deadline) or a course (its deadline; the course's
 * capacity are the places), or changes the sign-up it has; 结束报名 closes it early.
 */
export function OpenSignupModal({
  target,
  onClose,
  onSaved,
}: {
  target: { activityId: string; courseId?: never } | { courseId: string; activityId?: never };
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message, modal } = useFeedback();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form, {
    toFormFields: (errors) =>
      errors.map((e) => (e.field[0] === 'closesAt' ? { ...e, field: ['closesDate'] } : e)),
  });
  const [saving, setSaving] = useState(false);
  const id = target.activityId ?? target.courseId!;
  const detail = useQuery(SignupOfTargetDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [openSignup] = useMutation(OpenSignupDocument);
  const [closeSignup] = useMutation(CloseSignupDocument);

  const node = detail.data?.node;
  const record = node && 'signup' in node ? node : null;
  const signup = record?.signup ?? null;
  const activityStartsAt = record && 'startsAt' in record ? record.startsAt : null;
  const courseEndsOn = record && 'termEndsOn' in record ? record.termEndsOn : null;

  // The form starts from the sign-up kept, else from a deadline that suits the record.
  useEffect(() => {
    if (!record || form.isFieldsTouched()) return;
    if (signup) {
      const [date, time] = chinaDateTime(signup.closesAt).split(' ');
      form.setFieldsValue({ capacity: signup.capacity, closesDate: date, closesTime: time });
    } else {
      form.setFieldsValue({
        closesDate: suggestedDeadline({ activityStartsAt, courseEndsOn }, chinaToday()),
        closesTime: '18:00',
      });
    }
  }, [record, signup, activityStartsAt, courseEndsOn, form]);

  const submit = async (values: Values) => {
    saveProblems.reset();
    setSaving(true);
    try {
      const res = await openSignup({
        variables: {
          input: {
            ...target,
            ...(target.activityId ? { capacity: values.capacity ?? null } : {}),
            closesAt: chinaInstant(values.closesDate, values.closesTime),
          },
        },
      });
      if (!saveProblems.show(res.data!.openSignup.userErrors)) return;
      void message.success(t('signup.open.saved'));
      onSaved();
      onClose();
    } catch (error) {
      saveProblems.fail(error);
    } finally {
      setSaving(false);
    }
  };

  const closeNow = () =>
    modal.confirm({
      title: t('signup.close'),
      content: t('signup.close.confirm'),
      okText: t('signup.close'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const res = await closeSignup({ variables: { input: target } });
        if (saveProblems.show(res.data!.closeSignup.userErrors)) {
          void message.success(t('signup.closed'));
          onSaved();
          onClose();
        }
      },
    });

  return (
    <FormModal
      title={signup ? t('signup.open.change') : t('signup.open')}
      width={480}
      saving={saving}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      {signup && (
        <Alert
          type={signup.open ? 'info' : 'warning'}
          showIcon
          title={
            <Flex justify="space-between" align="center" gap={8} wrap>
              <span>
                {signup.open ? t('signup.state.open') : t('signup.state.closed')} ·{' '}
                {t('signup.placesLine', { left: signup.placesLeft, capacity: signup.capacity })}
                {signup.waiting ? ` · ${t('signup.waitingLine', { waiting: signup.waiting })}` : ''}
              </span>
              {signup.open && (
                <Button size="small" danger onClick={closeNow}>
                  {t('signup.close')}
                </Button>
              )}
            </Flex>
          }
        />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        {target.activityId ? (
          <Form.Item
            name="capacity"
            label={t('signup.open.capacity')}
            rules={[{ required: true, type: 'integer', min: 1, max: 10000 }]}
          >
            <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          record &&
          'capacity' in record && (
            <Typography.Paragraph type="secondary">
              {t('signup.open.coursePlaces', { capacity: record.capacity })}
            </Typography.Paragraph>
          )
        )}
        <Flex gap={12} wrap>
          <Form.Item
            name="closesDate"
            label={t('signup.open.closesDate')}
            rules={[{ required: true }]}
            style={{ flex: 1, minWidth: 160 }}
          >
            <Input type="date" aria-label={t('signup.open.closesDate')} />
          </Form.Item>
          <Form.Item
            name="closesTime"
            label={t('signup.open.closesTime')}
            rules={[{ required: true }]}
            style={{ flex: 1, minWidth: 120 }}
          >
            <Input type="time" aria-label={t('signup.open.closesTime')} />
          </Form.Item>
        </Flex>
      </Form>
    </FormModal>
  );
}
