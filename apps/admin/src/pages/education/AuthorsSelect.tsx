import { useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useDebouncedCallback } from '../../components/useDebouncedCallback';
import { AuthorSearchDocument } from './queries';
import './locale';

export interface Author {
  id: string;
  name: string;
}

/**
 * The authors of a work, in the order of the byline: members in reach, searched on the server by
 * name or pinyin as the person types; those chosen keep their order.
 */
export function AuthorsSelect({
  id,
  value,
  onChange,
  known,
}: {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Authors already named (the work's), so their names show before any search. */
  known: readonly Author[];
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [seen, setSeen] = useState<Author[]>([]);
  const debounced = useDebouncedCallback((text: string) => setSearch(text.trim()), 300);
  const found = useQuery(AuthorSearchDocument, {
    variables: { search: search || null },
    skip: !open,
  });
  const options = useMemo(() => {
    const names = new Map<string, string>();
    for (const a of [...known, ...seen]) names.set(a.id, a.name);
    const list = (found.data?.members.nodes ?? []).map((m) => ({
      value: m.id,
      label: m.name,
      title: `${m.name}（${m.branch.name}）`,
    }));
    for (const chosen of value ?? []) {
      if (!list.some((o) => o.value === chosen))
        list.unshift({
          value: chosen,
          label: names.get(chosen) ?? chosen,
          title: names.get(chosen) ?? chosen,
        });
    }
    return list;
  }, [found.data, known, seen, value]);

  return (
    <Select
      id={id}
      mode="multiple"
      aria-label={t('education.field.authors')}
      placeholder={t('education.field.authorsHint')}
      showSearch={{ filterOption: false, onSearch: debounced.call }}
      value={value ?? []}
      onChange={(next: string[]) => {
        const fresh = (found.data?.members.nodes ?? []).filter((m) => next.includes(m.id));
        setSeen((s) => [...s, ...fresh.map((m) => ({ id: m.id, name: m.name }))]);
        onChange?.(next);
      }}
      onOpenChange={setOpen}
      loading={found.loading}
      notFoundContent={found.loading ? <Spin size="small" /> : t('common.empty')}
      options={options}
      optionRender={(option) => option.data.title}
    />
  );
}
