import { Form, Input } from 'antd';
import { useMutation } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import { LeaveAssociationDocument } from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

interface Values {
  leftOn: string;
}

/** A member leaves the association on a day (not before joining). */
export function LeaveAssociationModal({
  membership,
  onClose,
  onSaved,
}: {
  membership: { id: string; member: { name: string } | null };
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form);
  const [leave, { loading }] = useMutation(LeaveAssociationDocument);
  const name = membership.member?.name ?? '';
  const submit = async (values: Values) => {
    saveProblems.reset();
    try {
      const res = await leave({
        variables: { input: { membershipId: membership.id, leftOn: values.leftOn } },
      });
      if (!saveProblems.show(res.data!.leaveAssociation.userErrors)) return;
      message.success(t('associations.left', { name }));
      onSaved();
      onClose();
    } catch (error) {
      saveProblems.fail(error);
    }
  };
  return (
    <FormModal
      title={t('associations.leave.of', { name })}
      width={420}
      saving={loading}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      <Form<Values>
        form={form}
        name="leaveAssociation"
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ leftOn: chinaToday() }}
      >
        <Form.Item
          name="leftOn"
          label={t('associations.field.leftOn')}
          rules={[{ required: true }]}
        >
          <Input type="date" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
