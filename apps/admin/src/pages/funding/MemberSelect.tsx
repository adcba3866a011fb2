import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { Flex, Select, Spin } from 'antd';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { errorMessage } from '../../components/server-message';
import { useDebouncedCallback } from '../../components/useDebouncedCallback';
import type { FundingMemberSearchQuery } from '../../gql/graphql';
import { FundingMemberNameDocument, FundingMemberSearchDocument } from './queries';
import './locale';

type Found = FundingMemberSearchQuery['members']['nodes'];

/** The server's answer for one search text. */
interface Answer {
  search: string;
  nodes: Found;
  error: unknown;
}

/**
 * Picks a member anywhere in reach, searched on the server (name, pinyin or initials) as the
 * person types. The list is only ever the answer for the text in the box: while that answer is
 * on its way (the pause after typing, then the request) a spinner shows instead of the list
 * for what was typed before, and an answer for an earlier text that arrives late is dropped. A
 * value that came without its name (from the URL) is named by asking for it.
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
  const { t, locale } = useI18n();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  // What the box holds now, and what the server is asked for once typing pauses.
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const debounced = useDebouncedCallback((text: string) => setSearch(text), 300);

  useEffect(() => {
    if (!open) return;
    // Cleared when the search changes (or the list closes): a late answer is not shown.
    let latest = true;
    client
      .query({
        query: FundingMemberSearchDocument,
        variables: { search: search || null },
        fetchPolicy: 'network-only',
      })
      .then(
        (result) =>
          latest && setAnswer({ search, nodes: result.data?.members.nodes ?? [], error: null }),
        (error: unknown) => latest && setAnswer({ search, nodes: [], error }),
      );
    return () => {
      latest = false;
    };
  }, [client, open, search]);

  const named = useQuery(FundingMemberNameDocument, {
    variables: { id: value ?? '' },
    skip: !value,
  });
  const pending = open && (typed !== search || answer?.search !== typed);
  const options = useMemo(() => {
    const list = (!pending && answer ? answer.nodes : []).map((member) => ({
      value: member.id,
      label: member.name,
      title: t('funding.memberOption', {
        name: member.name,
        branch: member.branch.name,
        status: member.status === 'ACTIVE' ? '' : t(`enum.MemberStatus.${member.status}`),
      }).trim(),
    }));
    const node = named.data?.node;
    if (value && node?.__typename === 'Member' && !list.some((o) => o.value === value)) {
      list.unshift({ value, label: node.name, title: node.name });
    }
    return list;
  }, [pending, answer, named.data, value, t]);

  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          setTyped(text.trim());
          debounced.call(text.trim());
        },
      }}
      allowClear
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      onOpenChange={(next) => {
        setOpen(next);
        // Choosing empties the box without a search event: start the next opening afresh.
        if (!next) {
          debounced.cancel();
          setTyped('');
          setSearch('');
        }
      }}
      placeholder={placeholder}
      loading={pending}
      popupRender={(menu) =>
        pending ? (
          <Flex
            justify="center"
            style={{ padding: 12 }}
            role="status"
            aria-label={t('common.loading')}
          >
            <Spin size="small" />
          </Flex>
        ) : (
          menu
        )
      }
      notFoundContent={
        answer?.error
          ? t('common.error', { message: errorMessage(answer.error, locale) })
          : t('funding.memberNone')
      }
      options={options}
      optionRender={(option) => option.data.title}
      style={style}
    />
  );
}
