import { Form, Input, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { AssociationRole } from '../../gql/graphql';
import { MemberSelect } from '../funding/MemberSelect';
import { ASSOCIATION_ROLES } from './associations-view';
import { JoinAssociationDocument } from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

interface Values {
  memberId: string | null;
  role: AssociationRole;
  joinedOn: string;
}

/** A member of the roster joins the association with a role, from a day. */
export function JoinAssociationModal({
  association,
  onClose,
  onSaved,
}: {
  association: { id: string; name: string };
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form);
  const [join, { loading }] = useMutation(JoinAssociationDocument);
  const submit = async (values: Values) => {
    saveProblems.reset();
    try {
      const res = await join({
        variables: {
          input: {
            associationId: association.id,
            memberId: values.memberId ?? '',
            role: values.role,
            joinedOn: values.joinedOn,
          },
        },
      });
      const payload = res.data!.joinAssociation;
      if (!saveProblems.show(payload.userErrors)) return;
      message.success(
        t('associations.joined', {
          name: payload.membership!.member?.name ?? '',
          role: t(`associations.role.${payload.membership!.role}`),
        }),
      );
      onSaved();
      onClose();
    } catch (error) {
      saveProblems.fail(error);
    }
  };
  return (
    <FormModal
      title={t('associations.join.title', { name: association.name })}
      width={520}
      saving={loading}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      <Form<Values>
        form={form}
        name="joinAssociation"
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ memberId: null, role: 'MEMBER', joinedOn: chinaToday() }}
      >
        <Form.Item
          name="memberId"
          label={t('associations.field.member')}
          rules={[{ required: true }]}
        >
          <MemberSelect aria-label={t('associations.field.member')} />
        </Form.Item>
        <Form.Item name="role" label={t('associations.field.role')} rules={[{ required: true }]}>
          <Select<AssociationRole>
            aria-label={t('associations.field.role')}
            options={ASSOCIATION_ROLES.map((r) => ({
              value: r,
              label: t(`associations.role.${r}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="joinedOn"
          label={t('associations.field.joinedOn')}
          rules={[{ required: true }]}
        >
          <Input type="date" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
