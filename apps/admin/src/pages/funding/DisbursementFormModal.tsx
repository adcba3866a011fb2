import { DatePicker, Form, Input, Radio, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../app/i18n';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import { chinaToday, formatFen, yuanToFen } from '@wanxia/schema';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { type UserErrorLike } from '../../components/user-errors';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { PayeeKind } from '../../gql/graphql';
import { BudgetLineSelect } from './BudgetLineSelect';
import { forgetFunding } from './funding-cache';
import { PAYEE_KINDS } from './labels';
import { yearOptions } from './lines-view';
import { MemberSelect } from './MemberSelect';
import { CreateDisbursementDocument } from './queries';
import { YuanInput, useYuanRules } from './YuanInput';
import './locale';
import { useFeedback } from '../../components/feedback';

interface FormValues {
  year: number;
  budgetId: string | null;
  /** Yuan, as typed. */
  amount: string | null;
  purpose: string;
  payeeKind: PayeeKind;
  memberId: string | null;
  branchId: string | null;
  payeeName: string;
  date: Dayjs;
  note: string;
}

/** The API names the amount in fen; the form holds it in yuan. */
const toFormField = (error: UserErrorLike): UserErrorLike =>
  error.field[0] === 'amountFen' ? { ...error, field: ['amount'] } : error;

/**
 * Registers a payment (经费支出) as a draft: from which line, how much, what for, to whom and on
 * which day. It counts against the line once someone approves it.
 */
export function DisbursementFormModal({
  year,
  onClose,
}: {
  /** The year whose lines are offered first. */
  year: number;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const [create, { loading }] = useMutation(CreateDisbursementDocument);
  const save = useSaveProblems(form, { toFormFields: (errors) => errors.map(toFormField) });
  const payeeKind = Form.useWatch('payeeKind', form);
  const lineYear = (Form.useWatch('year', form) as number | undefined) ?? year;
  const amountRules = useYuanRules(true);
  const today = chinaToday();
  const thisYear = Number(today.slice(0, 4));

  const submit = async (values: FormValues) => {
    save.reset();
    try {
      const { data } = await create({
        variables: {
          input: {
            budgetId: values.budgetId!,
            amountFen: yuanToFen(values.amount ?? '')!,
            purpose: values.purpose.trim(),
            payeeKind: values.payeeKind,
            memberId: values.payeeKind === 'MEMBER' ? values.memberId : null,
            branchId: values.payeeKind === 'BRANCH' ? values.branchId : null,
            payeeName: values.payeeKind === 'OTHER' ? values.payeeName.trim() : null,
            date: values.date.format('YYYY-MM-DD'),
            note: values.note.trim() || null,
          },
        },
        update: (cache, { data: answer }) => {
          const created = answer?.createDisbursement.disbursement;
          if (created) forgetFunding(cache, created.member?.id);
        },
      });
      const result = data?.createDisbursement;
      if (!result) return;
      if (!save.show(result.userErrors) || !result.disbursement) return;
      message.success(
        t('funding.create.saved', {
          payee: result.disbursement.payeeName,
          amount: formatFen(result.disbursement.amountFen),
        }),
      );
      onClose(true);
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  return (
    <FormModal
      title={t('funding.create.title')}
      width={640}
      form={form}
      saving={loading}
      onClose={() => onClose(false)}
    >
      <FormProblems problems={save.problems} />
      <Form<FormValues>
        form={form}
        name="createDisbursement"
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          year,
          budgetId: null,
          amount: null,
          purpose: '',
          payeeKind: 'MEMBER',
          memberId: null,
          branchId: null,
          payeeName: '',
          date: dayjs(today),
          note: '',
        }}
        onValuesChange={(changed: Partial<FormValues>) => {
          if ('year' in changed) form.setFieldValue('budgetId', null);
        }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <Form.Item label={t('funding.field.line')} required style={{ marginBottom: 0 }}>
          <div style={{ display: 'flex', gap: 8 }}>
            <Form.Item name="year" style={{ width: 120 }}>
              <Select<number>
                aria-label={t('funding.field.year')}
                options={yearOptions(thisYear).map((value) => ({
                  value,
                  label: t('funding.yearOption', { year: value }),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="budgetId"
              style={{ flex: 1 }}
              rules={[{ required: true, message: t('funding.create.lineRequired') }]}
            >
              <BudgetLineSelect
                aria-label={t('funding.field.line')}
                year={lineYear}
                placeholder={t('funding.create.linePlaceholder')}
              />
            </Form.Item>
          </div>
        </Form.Item>
        <Form.Item name="amount" label={t('funding.field.amountYuan')} rules={amountRules}>
          <YuanInput />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t('funding.field.purpose')}
          extra={t('funding.create.purposeHelp')}
          rules={[
            { required: true, whitespace: true, message: t('funding.create.purposeRequired') },
          ]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="payeeKind" label={t('funding.field.payeeKind')}>
          <Radio.Group
            options={PAYEE_KINDS.map((kind) => ({
              value: kind,
              label: t(`enum.PayeeKind.${kind}`),
            }))}
          />
        </Form.Item>
        {payeeKind === 'MEMBER' && (
          <Form.Item
            name="memberId"
            label={t('funding.field.member')}
            rules={[{ required: true, message: t('funding.create.memberRequired') }]}
          >
            <MemberSelect placeholder={t('funding.create.memberPlaceholder')} />
          </Form.Item>
        )}
        {payeeKind === 'BRANCH' && (
          <Form.Item
            name="branchId"
            label={t('funding.field.payeeBranch')}
            rules={[{ required: true, message: t('funding.create.branchRequired') }]}
          >
            <BranchTreeSelect placeholder={t('funding.create.branchPlaceholder')} />
          </Form.Item>
        )}
        {payeeKind === 'OTHER' && (
          <Form.Item
            name="payeeName"
            label={t('funding.field.payeeName')}
            extra={t('funding.create.payeeNameHelp')}
            rules={[
              { required: true, whitespace: true, message: t('funding.create.payeeNameRequired') },
            ]}
          >
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name="date"
          label={t('funding.field.date')}
          extra={t('funding.create.dateHelp')}
          rules={[{ required: true, message: t('funding.create.dateRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item name="note" label={t('funding.field.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
