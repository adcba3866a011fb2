import { useState } from 'react';
import { Form, Input, Radio } from 'antd';
import { useMutation } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { AssessmentRating } from '../../gql/graphql';
import { RecordBranchAssessmentDocument } from './queries';
import { RATINGS } from './party-org-view';
import './locale';

interface Values {
  rating: AssessmentRating;
  reviewedOn?: string;
  remarks?: string;
}

/** Records (or changes) a branch's rating of a year from its 述职评议. */
export function AssessmentModal({
  branch,
  year,
  assessment,
  onClose,
  onSaved,
}: {
  branch: { id: string; name: string };
  year: number;
  assessment: {
    rating: AssessmentRating;
    reviewedOn?: string | null;
    remarks?: string | null;
    version: number;
  } | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form);
  const [saving, setSaving] = useState(false);
  const [record] = useMutation(RecordBranchAssessmentDocument);
  const submit = async (values: Values) => {
    saveProblems.reset();
    setSaving(true);
    try {
      const res = await record({
        variables: {
          input: {
            branchId: branch.id,
            year,
            rating: values.rating,
            reviewedOn: values.reviewedOn || null,
            remarks: values.remarks ?? null,
            expectedVersion: assessment?.version ?? null,
          },
        },
      });
      if (!saveProblems.show(res.data!.recordBranchAssessment.userErrors)) return;
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
      title={t('partyOrg.assessments.title', { branch: branch.name, year })}
      width={520}
      saving={saving}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{
          rating: assessment?.rating ?? 'GOOD',
          reviewedOn: assessment?.reviewedOn ?? '',
          remarks: assessment?.remarks ?? '',
        }}
      >
        <Form.Item name="rating" label={t('partyOrg.field.rating')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={RATINGS.map((r) => ({ value: r, label: t(`partyOrg.rating.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="reviewedOn" label={t('partyOrg.field.reviewedOn')}>
          <Input type="date" max={chinaToday()} aria-label={t('partyOrg.field.reviewedOn')} />
        </Form.Item>
        <Form.Item name="remarks" label={t('partyOrg.field.remarks')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
