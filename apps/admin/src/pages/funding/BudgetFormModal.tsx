import { Descriptions, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { type UserErrorLike } from '../../components/user-errors';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { BudgetCategory, BudgetLineFragment } from '../../gql/graphql';
import { forgetFunding } from './funding-cache';
import { CATEGORIES } from './labels';
import { formatFen, plainYuan, yuanToFen } from '@wanxia/schema';
import { CreateBudgetDocument, UpdateBudgetDocument } from './queries';
import { YuanInput, useYuanRules } from './YuanInput';
import './locale';
import { useFeedback } from '../../components/feedback';

interface FormValues {
  year: number;
  category: BudgetCategory;
  name: string;
  owner: 'county' | 'branch';
  branchId: string | null;
  /** Yuan, as typed. */
  amount: string | null;
  note: string;
}

/** The API names the amount in fen; the form holds it in yuan. */
const toFormField = (error: UserErrorLike): UserErrorLike =>
  error.field[0] === 'amountFen' ? { ...error, field: ['amount'] } : error;

/**
 * Draws up a budget line (year, category, the county's or a branch's, amount) or changes one
 * (name, amount, note). A line is never lowered below what it has committed: the server's
 * BELOW_COMMITTED shows on the amount.
 */
export function BudgetFormModal({
  line,
  year,
  bureauId,
  onClose,
}: {
  /** The line to change; null to draw up one. */
  line: BudgetLineFragment | null;
  /** The year a new line is for, unless changed. */
  year: number;
  /** The county a new county line is for: the bureau picked on the page, if one is. */
  bureauId: string | null;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const [create, creating] = useMutation(CreateBudgetDocument);
  const [update, updating] = useMutation(UpdateBudgetDocument);
  const save = useSaveProblems(form, { toFormFields: (errors) => errors.map(toFormField) });
  const owner = Form.useWatch('owner', form);
  const amountRules = useYuanRules(true, 0);

  const submit = async (values: FormValues) => {
    save.reset();
    const amountFen = yuanToFen(values.amount ?? '')!;
    const note = values.note.trim() || null;
    try {
      const { data } = line
        ? await update({
            variables: {
              input: {
                id: line.id,
                expectedVersion: line.version,
                name: values.name.trim(),
                amountFen,
                note,
              },
            },
            update: (cache) => forgetFunding(cache),
          })
        : await create({
            variables: {
              input: {
                year: values.year,
                category: values.category,
                name: values.name.trim(),
                amountFen,
                branchId: values.owner === 'branch' ? values.branchId : null,
                ...(values.owner !== 'branch' && bureauId ? { bureauId } : {}),
                note,
              },
            },
            update: (cache) => forgetFunding(cache),
          });
      const result = data && ('updateBudget' in data ? data.updateBudget : data.createBudget);
      if (!result) return;
      if (!save.show(result.userErrors) || !result.budget) return;
      message.success(
        t(line ? 'funding.lineForm.saved' : 'funding.lineForm.created', {
          name: result.budget.name,
        }),
      );
      onClose(true);
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  return (
    <FormModal
      title={
        line
          ? t('funding.lineForm.editTitle', { name: line.name })
          : t('funding.lineForm.createTitle')
      }
      width={600}
      form={form}
      saving={creating.loading || updating.loading}
      onClose={() => onClose(false)}
    >
      <FormProblems problems={save.problems} />
      {line && (
        <Descriptions
          size="small"
          column={2}
          items={[
            { key: 'year', label: t('funding.field.year'), children: line.year },
            {
              key: 'category',
              label: t('funding.field.category'),
              children: t(`enum.BudgetCategory.${line.category}`),
            },
            {
              key: 'owner',
              label: t('funding.field.owner'),
              children: line.branch?.name ?? t('funding.lines.county'),
            },
            {
              key: 'committed',
              label: t('funding.figure.committed'),
              children: formatFen(line.committedFen),
            },
          ]}
        />
      )}
      <Form<FormValues>
        form={form}
        name="budgetLine"
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          year: line?.year ?? year,
          category: line?.category ?? 'CENTRE_OPERATIONS',
          name: line?.name ?? '',
          owner: line?.branch ? 'branch' : 'county',
          branchId: line?.branch?.id ?? null,
          amount: line ? plainYuan(line.amountFen) : null,
          note: line?.note ?? '',
        }}
        onFinish={(values) => void submit(values)}
        disabled={creating.loading || updating.loading}
      >
        {!line && (
          <>
            <Form.Item name="year" label={t('funding.field.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item
              name="category"
              label={t('funding.field.category')}
              rules={[{ required: true }]}
            >
              <Select
                options={CATEGORIES.map((c) => ({
                  value: c,
                  label: t(`enum.BudgetCategory.${c}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="owner" label={t('funding.field.owner')}>
              <Radio.Group
                options={[
                  { value: 'county', label: t('funding.lines.county') },
                  { value: 'branch', label: t('funding.lineForm.ownerBranch') },
                ]}
              />
            </Form.Item>
            {owner === 'branch' && (
              <Form.Item
                name="branchId"
                label={t('funding.field.branch')}
                extra={t('funding.lineForm.branchHelp')}
                rules={[{ required: true, message: t('funding.lineForm.branchRequired') }]}
              >
                <BranchTreeSelect placeholder={t('funding.lineForm.branchPlaceholder')} />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item
          name="name"
          label={t('funding.field.lineName')}
          extra={t('funding.lineForm.nameHelp')}
          rules={[
            { required: true, whitespace: true, message: t('funding.lineForm.nameRequired') },
          ]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('funding.field.amountYuan')}
          extra={line ? t('funding.lineForm.amountHelp') : undefined}
          rules={amountRules}
        >
          <YuanInput />
        </Form.Item>
        <Form.Item name="note" label={t('funding.field.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
