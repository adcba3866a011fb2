import { useMemo, useState, type CSSProperties } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useDebouncedCallback } from '../../components/useDebouncedCallback';
import { FundingMemberNameDocument, FundingMemberSearchDocument } from './queries';

/**
 * Picks a member anywhere in reach, searched on the server (name, pinyin or initials) as the
 * person types. A value that came without its name (from the URL) is named by asking for it.
 */
export function MemberSelect({
  id,
  value,
  onChange,
  placeholder,
  style,
  'aria-label': ariaLabel,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const debounced = useDebouncedCallback((text: string) => setSearch(text.trim()), 300);
  const found = useQuery(FundingMemberSearchDocument, {
    variables: { search: search || null },
    skip: !open,
  });
  const named = useQuery(FundingMemberNameDocument, {
    variables: { id: value ?? '' },
    skip: !value,
  });
  const options = useMemo(() => {
    const list = (found.data?.members.nodes ?? []).map((member) => ({
      value: member.id,
      label: member.name,
      title: t('funding.memberOption', {
        name: member.name,
        branch: member.branch.name,
        status: member.status === 'ACTIVE' ? '' : t(`enum.MemberStatus.${member.status}`),
      }),
    }));
    const node = named.data?.node;
    if (value && node?.__typename === 'Member' && !list.some((o) => o.value === value)) {
      list.unshift({ value, label: node.name, title: node.name });
    }
    return list;
  }, [found.data, named.data, value, t]);

  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: debounced.call }}
      allowClear
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      onOpenChange={setOpen}
      placeholder={placeholder}
      loading={found.loading}
      notFoundContent={found.loading ? <Spin size="small" /> : t('funding.memberNone')}
      options={options}
      optionRender={(option) => option.data.title}
      style={style}
    />
  );
}
