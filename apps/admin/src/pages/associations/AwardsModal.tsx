import { useState } from 'react';
import { Form, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { AwardLevel } from '../../gql/graphql';
import { AwardsFields } from './AwardsFields';
import { awardRows, awardsInput, type AwardRow } from './associations-view';
import { RecordAwardsDocument } from './queries';
import './locale';

/** 编辑获奖: changes the awards won at an association's activity, the whole list at once. */
export function AwardsModal({
  activity,
  onClose,
  onSaved,
}: {
  activity: {
    id: string;
    title: string;
    version: number;
    awards: readonly { award: string; level: AwardLevel; recipient: string | null }[];
  };
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ awards: AwardRow[] }>();
  const saveProblems = useSaveProblems(form);
  const [saving, setSaving] = useState(false);
  const [record] = useMutation(RecordAwardsDocument);

  const submit = async (values: { awards?: AwardRow[] }) => {
    saveProblems.reset();
    setSaving(true);
    try {
      const res = await record({
        variables: {
          input: {
            activityId: activity.id,
            awards: awardsInput(values.awards),
            expectedVersion: activity.version,
          },
        },
      });
      if (saveProblems.show(res.data!.recordAwards.userErrors)) onSaved();
    } catch (error) {
      saveProblems.fail(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={t('associations.awards.edit', { title: activity.title })}
      width={640}
      saving={saving}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      <Typography.Text type="secondary">{t('associations.awards.hint')}</Typography.Text>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ awards: awardRows(activity.awards) }}
        onFinish={(values) => void submit(values)}
      >
        <AwardsFields />
      </Form>
    </FormModal>
  );
}
