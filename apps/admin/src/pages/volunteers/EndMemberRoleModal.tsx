import { Form, Input } from 'antd';
import { useMutation } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import { EndMemberRoleDocument } from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

interface Values {
  endedOn: string;
}

/** Ends a role held, on a day not before it began. */
export function EndMemberRoleModal({
  role,
  roleName,
  onClose,
  onSaved,
}: {
  role: { id: string; version: number };
  roleName: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form);
  const [end, { loading }] = useMutation(EndMemberRoleDocument);
  const submit = async (values: Values) => {
    saveProblems.reset();
    try {
      const res = await end({
        variables: {
          input: { roleId: role.id, endedOn: values.endedOn, expectedVersion: role.version },
        },
      });
      if (!saveProblems.show(res.data!.endMemberRole.userErrors)) return;
      message.success(t('volunteers.roles.ended'));
      onSaved();
      onClose();
    } catch (error) {
      saveProblems.fail(error);
    }
  };
  return (
    <FormModal
      title={t('volunteers.roles.endOf', { role: roleName })}
      width={420}
      saving={loading}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      <Form<Values>
        form={form}
        name="endMemberRole"
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ endedOn: chinaToday() }}
      >
        <Form.Item
          name="endedOn"
          label={t('volunteers.field.endedOn')}
          rules={[{ required: true }]}
        >
          <Input type="date" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
