import { Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import type { CSSProperties } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../app/i18n';

/** The cities in reach with their counties: the province's 14 (a dozen counties each), or one. */
export const BureauOptionsDocument = graphql(`
  query BureauOptions {
    bureaus(first: 20, filter: { level: CITY }) {
      nodes {
        id
        name
        children {
          id
          name
        }
      }
    }
  }
`);

/**
 * A bureau within reach, by city: the city itself (its counties added up) or one of its
 * counties (`countiesOnly`: only those, for what only a county has). Empty: the caller's own
 * whole reach.
 */
export default function BureauSelect({
  value,
  onChange,
  placeholder,
  style,
  id,
  countiesOnly = false,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  style?: CSSProperties;
  id?: string;
  countiesOnly?: boolean;
}) {
  const { t } = useI18n();
  const { data, loading } = useQuery(BureauOptionsDocument);
  const options = (data?.bureaus.nodes ?? []).map((city) => ({
    label: city.name,
    title: city.name,
    options: [
      ...(countiesOnly
        ? []
        : [{ value: city.id, label: t('bureau.wholeCity', { name: city.name }) }]),
      ...city.children.map((county) => ({ value: county.id, label: county.name })),
    ],
  }));
  return (
    <Select<string | null>
      id={id}
      aria-label={t('bureau.label')}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      value={value ?? null}
      onChange={(next) => onChange?.(next ?? null)}
      placeholder={placeholder ?? t('bureau.placeholder')}
      options={options}
      style={style}
      popupMatchSelectWidth={false}
    />
  );
}
