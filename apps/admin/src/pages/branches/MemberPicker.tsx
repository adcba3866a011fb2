import { useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useDebouncedCallback } from '../../components/useDebouncedCallback';
import { BranchSecretaryCandidatesDocument } from './queries';
import './locale';

/**
 * Picks a branch secretary among the current members of the branch and the branches below it,
 * searched on the server (name, pinyin or initials) as the person types.
 */
export function MemberPicker({
  id,
  branchId,
  value,
  onChange,
  current,
  placeholder,
}: {
  id?: string;
  branchId: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The secretary now, shown by name before any search. */
  current: { id: string; name: string } | null;
  placeholder?: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const debounced = useDebouncedCallback((text: string) => setSearch(text.trim()), 300);
  const { data, loading } = useQuery(BranchSecretaryCandidatesDocument, {
    variables: { branchId, search: search || null },
    // Ask only once the list is wanted; the current secretary shows without a request.
    skip: !open,
  });
  const options = useMemo(() => {
    const found = (data?.members.nodes ?? []).map((member) => ({
      value: member.id,
      label: member.name,
      title: t('branches.form.memberOption', {
        name: member.name,
        age: member.age,
        branch: member.branch.name,
      }),
    }));
    if (current && !found.some((o) => o.value === current.id)) {
      found.unshift({ value: current.id, label: current.name, title: current.name });
    }
    return found;
  }, [data, current, t]);

  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: debounced.call }}
      allowClear
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      onOpenChange={setOpen}
      placeholder={placeholder}
      loading={loading}
      notFoundContent={loading ? <Spin size="small" /> : t('branches.form.noCandidates')}
      options={options}
      optionRender={(option) => option.data.title}
    />
  );
}
