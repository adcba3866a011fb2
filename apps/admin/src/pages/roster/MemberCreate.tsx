import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Flex, Form, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import { DuplicateMemberNotice } from './DuplicateMemberNotice';
import { MemberForm } from './MemberForm';
import { NEW_MEMBER_VALUES, toCreateInput, type MemberFormValues } from './member-form';
import { CreateMemberDocument, TownshipsDocument } from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

/** Enrols a member on the roster; afterwards, the member's page. */
export default function MemberCreate() {
  const { t } = useI18n();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const [form] = Form.useForm<MemberFormValues>();
  const { data: townships } = useQuery(TownshipsDocument);
  const [create, { loading }] = useMutation(CreateMemberDocument);
  const save = useSaveProblems(form);
  // The ID number someone already holds, after the server said so: who, with a link.
  const [duplicate, setDuplicate] = useState<string | null>(null);

  const submit = async (values: MemberFormValues) => {
    save.reset();
    setDuplicate(null);
    try {
      const { data } = await create({ variables: { input: toCreateInput(values) } });
      const payload = data?.createMember;
      if (payload?.member) {
        void message.success(t('common.saved'));
        navigate(`/roster/${encodeURIComponent(payload.member.id)}`, { replace: true });
        return;
      }
      const userErrors = payload?.userErrors ?? [];
      save.show(userErrors);
      const idCardTaken = userErrors.some(
        (e) => e.code === 'DUPLICATE' && e.field.join('.') === 'idCardNumber',
      );
      setDuplicate(idCardTaken ? (toCreateInput(values).idCardNumber ?? null) : null);
    } catch (error) {
      save.fail(error);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('roster.form.createTitle')}
      </Typography.Title>
      <MemberForm
        form={form}
        mode="create"
        initialValues={NEW_MEMBER_VALUES}
        townships={townships?.townships ?? []}
        submitting={loading}
        onSubmit={(values) => void submit(values)}
        onCancel={() => navigate('/roster')}
        notices={
          <>
            {duplicate && <DuplicateMemberNotice idCardNumber={duplicate} />}
            <FormProblems problems={save.problems} />
          </>
        }
      />
    </Flex>
  );
}
