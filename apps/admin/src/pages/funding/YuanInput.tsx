import { InputNumber, type FormRule } from 'antd';
import { useI18n } from '../../app/i18n';
import { yuanToFen } from '@wanxia/schema';
import './locale';

/**
 * An amount typed in yuan, kept as the text typed ("0.10"): the form turns it into fen with
 * `yuanToFen`, so no float ever stands for money.
 */
export function YuanInput({
  id,
  value,
  onChange,
  placeholder,
  disabled,
  'aria-label': ariaLabel,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  disabled?: boolean;
  'aria-label'?: string;
}) {
  return (
    <InputNumber<string>
      id={id}
      aria-label={ariaLabel}
      stringMode
      precision={2}
      min="0"
      step="100"
      prefix="¥"
      value={value ?? null}
      onChange={(next) => onChange?.(next === null || next === '' ? null : String(next))}
      placeholder={placeholder}
      disabled={disabled}
      style={{ width: '100%' }}
    />
  );
}

/**
 * Rules for an amount field: a valid amount of yuan of at least `minFen` fen; `required` unless
 * the field may be left empty.
 */
export function useYuanRules(required: boolean, minFen = 1): FormRule[] {
  const { t } = useI18n();
  return [
    { required, message: t('funding.amount.required') },
    {
      validator: async (_, value: string | null | undefined) => {
        if (value === null || value === undefined || value === '') return;
        const fen = yuanToFen(value);
        if (fen === null) throw new Error(t('funding.amount.invalid'));
        if (fen < minFen) throw new Error(t('funding.amount.positive'));
      },
    },
  ];
}
