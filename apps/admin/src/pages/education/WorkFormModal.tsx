import { useState } from 'react';
import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { AwardGrade, AwardLevel, WorkKind, WorkRowFragment } from '../../gql/graphql';
import { AuthorsSelect } from './AuthorsSelect';
import { AWARD_GRADES, AWARD_LEVELS, FIRST_RECORD_YEAR, WORK_KINDS } from './education-view';
import { CreateWorkDocument, UpdateWorkDocument } from './queries';
import './locale';

interface Values {
  kind: WorkKind;
  title: string;
  year: number;
  authorIds: string[];
  topicArea?: string;
  submittedTo?: string;
  adopted?: boolean | null;
  awardLevel?: AwardLevel | null;
  awardGrade?: AwardGrade | null;
}

/** Records a work or changes one: kind, title, year, authors in order, the award it won. */
export function WorkFormModal({
  work,
  onClose,
  onSaved,
}: {
  work: WorkRowFragment | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form, {
    separateStale: false,
    toFormFields: (errors) =>
      errors.map((e) =>
        e.field[0] === 'award'
          ? { ...e, field: [e.field[1] === 'grade' ? 'awardGrade' : 'awardLevel'] }
          : e,
      ),
  });
  const [saving, setSaving] = useState(false);
  const [create] = useMutation(CreateWorkDocument);
  const [update] = useMutation(UpdateWorkDocument);
  const kind = Form.useWatch('kind', form) ?? work?.kind ?? 'ESSAY';
  const awardLevel = Form.useWatch('awardLevel', form);
  const thisYear = Number(chinaToday().slice(0, 4));

  const submit = async (values: Values) => {
    saveProblems.reset();
    setSaving(true);
    const research = values.kind === 'RESEARCH_REPORT';
    const input = {
      kind: values.kind,
      title: values.title,
      year: values.year,
      authorIds: values.authorIds ?? [],
      topicArea: research ? values.topicArea?.trim() || null : null,
      submittedTo: values.submittedTo?.trim() || null,
      adopted: research ? (values.adopted ?? null) : null,
      award:
        values.awardLevel && values.awardGrade
          ? { level: values.awardLevel, grade: values.awardGrade }
          : null,
    };
    try {
      const errors = work
        ? (
            await update({
              variables: { input: { ...input, workId: work.id, expectedVersion: work.version } },
            })
          ).data!.updateWork.userErrors
        : (await create({ variables: { input } })).data!.createWork.userErrors;
      if (!saveProblems.show(errors)) return;
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
      title={work ? t('education.works.edit') : t('education.works.new')}
      width={640}
      saving={saving}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={
          work
            ? {
                kind: work.kind,
                title: work.title,
                year: work.year,
                authorIds: work.authors.flatMap((a) => (a ? [a.id] : [])),
                topicArea: work.topicArea ?? '',
                submittedTo: work.submittedTo ?? '',
                adopted: work.adopted,
                awardLevel: work.award?.level ?? null,
                awardGrade: work.award?.grade ?? null,
              }
            : { kind: 'ESSAY', year: thisYear, authorIds: [], awardLevel: null, awardGrade: null }
        }
      >
        <Form.Item name="kind" label={t('education.field.kind')} rules={[{ required: true }]}>
          <Select
            aria-label={t('education.field.kind')}
            options={WORK_KINDS.map((k) => ({ value: k, label: t(`education.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('education.field.title')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="year" label={t('education.field.year')} rules={[{ required: true }]}>
          <InputNumber
            min={FIRST_RECORD_YEAR - 73}
            max={thisYear}
            precision={0}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item
          name="authorIds"
          label={t('education.field.authors')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <AuthorsSelect known={work?.authors.flatMap((a) => (a ? [a] : [])) ?? []} />
        </Form.Item>
        {kind === 'RESEARCH_REPORT' && (
          <>
            <Form.Item name="topicArea" label={t('education.field.topicArea')}>
              <Input maxLength={40} placeholder="交通、水利、林业、茶旅、农村饮水…" />
            </Form.Item>
            <Form.Item name="adopted" label={t('education.field.adopted')}>
              <Radio.Group
                options={[
                  { value: true, label: t('education.adopted.yes') },
                  { value: false, label: t('education.adopted.no') },
                ]}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="submittedTo" label={t('education.field.submittedTo')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="awardLevel" label={t('education.field.awardLevel')}>
          <Select<AwardLevel | null>
            allowClear
            aria-label={t('education.field.awardLevel')}
            placeholder={t('education.noAward')}
            options={AWARD_LEVELS.map((l) => ({ value: l, label: t(`education.level.${l}`) }))}
          />
        </Form.Item>
        {awardLevel && (
          <Form.Item
            name="awardGrade"
            label={t('education.field.awardGrade')}
            rules={[{ required: true }]}
          >
            <Select<AwardGrade>
              aria-label={t('education.field.awardGrade')}
              options={AWARD_GRADES.map((g) => ({ value: g, label: t(`education.grade.${g}`) }))}
            />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
