import { Form, Input } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import { CreateAssociationDocument } from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

interface Values {
  name: string;
  foundedOn?: string;
  description?: string;
}

/** Records a new association: its name, when it was founded and what it does. */
export function CreateAssociationModal({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form);
  const [create, { loading }] = useMutation(CreateAssociationDocument);
  const submit = async (values: Values) => {
    saveProblems.reset();
    try {
      const res = await create({
        variables: {
          input: {
            name: values.name,
            foundedOn: values.foundedOn || null,
            description: values.description?.trim() || null,
          },
        },
      });
      const payload = res.data!.createAssociation;
      if (!saveProblems.show(payload.userErrors)) return;
      message.success(t('associations.created', { name: payload.association!.name }));
      onSaved();
      onClose();
    } catch (error) {
      saveProblems.fail(error);
    }
  };
  return (
    <FormModal
      title={t('associations.new')}
      width={520}
      saving={loading}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      <Form<Values>
        form={form}
        name="createAssociation"
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ name: '', foundedOn: '', description: '' }}
      >
        <Form.Item
          name="name"
          label={t('associations.field.name')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="foundedOn" label={t('associations.field.foundedOn')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="description" label={t('associations.field.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
