import { useEffect } from 'react';
import { Checkbox, Divider, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { chinaToday, yuanToFen } from '@wanxia/schema';
import type { UserErrorLike } from '../../components/user-errors';
import type { VisitOccasion, VisitPaymentInput } from '../../gql/graphql';
import { BudgetLineSelect } from './BudgetLineSelect';
import { YuanInput, useYuanRules } from './YuanInput';
import './locale';

/** The payment's fields in the visit form (flat names: the form's values are one level). */
export interface PaymentValues {
  paymentEnabled?: boolean;
  paymentBudgetId?: string | null;
  /** Yuan, as typed. */
  paymentAmount?: string | null;
  paymentPurpose?: string;
}

/** The `payment` of recordVisit's input, or nothing when no sum is handed over. */
export function visitPayment(values: PaymentValues): { payment?: VisitPaymentInput } {
  if (!values.paymentEnabled) return {};
  return {
    payment: {
      budgetId: values.paymentBudgetId!,
      amountFen: yuanToFen(values.paymentAmount ?? '')!,
      purpose: values.paymentPurpose?.trim() || null,
    },
  };
}

const FIELDS: Record<string, keyof PaymentValues> = {
  amountFen: 'paymentAmount',
  budgetId: 'paymentBudgetId',
  purpose: 'paymentPurpose',
};

/**
 * The server names a payment's problems by their place in the input (["payment", "amountFen"]:
 * BUDGET_EXCEEDED, CAP_EXCEEDED); they belong on the form's own fields.
 */
export function placePaymentErrors<E extends UserErrorLike>(errors: readonly E[]): E[] {
  return errors.map((error) => {
    const field = error.field[0] === 'payment' ? FIELDS[error.field[1] ?? ''] : undefined;
    return field ? { ...error, field: [field] } : error;
  });
}

/**
 * 发放慰问金 in the visit form, for those who manage the money: a sum paid from a line of the
 * visit's year with the visit, in the same transaction — both are saved or neither. Inside the
 * visit form: it reads the form's `visitedOn` and `occasion`.
 */
export function VisitPaymentFields() {
  const { t } = useI18n();
  const { access } = useViewer();
  const form = Form.useFormInstance();
  const enabled = Form.useWatch<boolean | undefined>('paymentEnabled', form);
  const visitedOn = Form.useWatch<Dayjs | undefined>('visitedOn', form);
  const occasion = Form.useWatch<VisitOccasion | undefined>('occasion', form);
  const year = visitedOn?.year() ?? Number(chinaToday().slice(0, 4));
  const amountRules = useYuanRules(true);

  // A line belongs to a year: another year's visit needs another line.
  useEffect(() => {
    if (form.getFieldValue('paymentBudgetId')) form.setFieldValue('paymentBudgetId', null);
  }, [year, form]);

  if (!access.canWriteFunding) return null;
  return (
    <>
      <Divider titlePlacement="start" plain style={{ marginTop: 4 }}>
        {t('funding.visitPayment.title')}
      </Divider>
      <Form.Item
        name="paymentEnabled"
        valuePropName="checked"
        extra={t('funding.visitPayment.help')}
      >
        <Checkbox>{t('funding.visitPayment.enable')}</Checkbox>
      </Form.Item>
      {enabled && (
        <>
          <Form.Item
            name="paymentBudgetId"
            label={t('funding.field.line')}
            extra={t('funding.visitPayment.lineHelp', { year })}
            rules={[{ required: true, message: t('funding.create.lineRequired') }]}
          >
            <BudgetLineSelect
              year={year}
              prefer="ASSISTANCE"
              placeholder={t('funding.create.linePlaceholder')}
            />
          </Form.Item>
          <Form.Item name="paymentAmount" label={t('funding.field.amountYuan')} rules={amountRules}>
            <YuanInput />
          </Form.Item>
          <Form.Item
            name="paymentPurpose"
            label={t('funding.field.purpose')}
            extra={t('funding.visitPayment.purposeHelp')}
          >
            <Input
              maxLength={200}
              placeholder={t('funding.visitPayment.purposeDefault', {
                occasion: occasion ? t(`enum.VisitOccasion.${occasion}`) : '—',
              })}
            />
          </Form.Item>
        </>
      )}
    </>
  );
}
