import { useState } from 'react';
import { Button, Flex, List, Modal, Select, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { PageState } from '../../components/PageState';
import { localizeUserErrors } from '../../components/server-message';
import { useCompact } from '../../components/useCompact';
import { useDebouncedCallback } from '../../components/useDebouncedCallback';
import type { SignupWindowRowFragment } from '../../gql/graphql';
import {
  CancelSignupDocument,
  SignUpDocument,
  SignupListDocument,
  SignupMemberSearchDocument,
} from './queries';
import { signupTitle } from './signup-view';
import './locale';
import { useFeedback } from '../../components/feedback';

/**
 * One sign-up: sign a member up (over the places they wait), cancel one (the first waiting moves
 * up), the members signed up and the waiting list in order.
 */
export function SignupDetailModal({
  entry,
  onClose,
  onChanged,
}: {
  entry: SignupWindowRowFragment;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const { message } = useFeedback();
  const compact = useCompact();
  const { access } = useViewer();
  const [search, setSearch] = useState('');
  const target = entry.activityId
    ? { activityId: entry.activityId }
    : { courseId: entry.courseId! };
  const list = useQuery(SignupListDocument, {
    variables: target,
    fetchPolicy: 'cache-and-network',
  });
  const found = useQuery(SignupMemberSearchDocument, { variables: { search }, skip: !search });
  const [signUp] = useMutation(SignUpDocument);
  const [cancel] = useMutation(CancelSignupDocument);
  const debounced = useDebouncedCallback((value: string) => setSearch(value.trim()), 300);

  const refused = (
    errors: readonly { code: string; message: string; field: readonly string[] }[],
  ) => {
    const localized = localizeUserErrors(errors, locale);
    if (localized.length) void message.error(localized[0].message);
    return localized.length > 0;
  };
  const changed = () => {
    void list.refetch();
    onChanged();
  };
  const add = async (memberId: string, name: string) => {
    const res = await signUp({ variables: { input: { ...target, memberId } } });
    const payload = res.data!.signUp;
    if (refused(payload.userErrors)) return;
    const s = payload.signup!;
    void message.success(
      s.status === 'WAITING'
        ? t('signup.waitingNow', { name, position: s.waitingPosition ?? 0 })
        : t('signup.signedUpNow', { name }),
    );
    changed();
  };
  const remove = async (memberId: string) => {
    const res = await cancel({ variables: { input: { ...target, memberId } } });
    const payload = res.data!.cancelSignup;
    if (refused(payload.userErrors)) return;
    void message.success(
      payload.promoted?.member
        ? t('signup.promoted', { name: payload.promoted.member.name })
        : t('signup.cancelled'),
    );
    changed();
  };

  const rows = list.data?.signups.nodes ?? [];
  const signedUp = rows.filter((s) => s.status === 'SIGNED_UP');
  const waiting = rows.filter((s) => s.status === 'WAITING');
  const cancelButton = (memberId: string | undefined) =>
    access.canWriteMembers && memberId
      ? [
          <Button key="c" size="small" onClick={() => void remove(memberId)}>
            {t('signup.cancel')}
          </Button>,
        ]
      : [];

  return (
    <Modal
      open
      title={signupTitle(entry)}
      width={compact ? '100vw' : 640}
      rootClassName={compact ? 'wx-modal-fullscreen' : undefined}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      {list.error && !list.data ? (
        <PageState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          {access.canWriteMembers && entry.open && (
            <Select<string>
              showSearch={{ filterOption: false, onSearch: debounced.call }}
              aria-label={t('signup.member')}
              placeholder={t('signup.member')}
              style={{ width: '100%' }}
              value={undefined}
              loading={found.loading}
              options={(found.data?.members.nodes ?? []).map((m) => ({
                value: m.id,
                label: `${m.name}（${m.branch?.name ?? ''}）`,
              }))}
              onChange={(id) => {
                const m = found.data?.members.nodes.find((n) => n.id === id);
                if (m) void add(m.id, m.name);
              }}
            />
          )}
          <section aria-label={t('signup.signedUp')}>
            <Typography.Title level={5}>
              {t('signup.signedUp')} ({signedUp.length})
            </Typography.Title>
            <List
              size="small"
              loading={list.loading && !list.data}
              dataSource={signedUp}
              locale={{ emptyText: t('signup.none') }}
              renderItem={(s) => (
                <List.Item actions={cancelButton(s.member?.id)}>
                  <Flex vertical>
                    <span>{s.member?.name}</span>
                    <Typography.Text type="secondary">
                      {s.member?.branch?.name} · {t('signup.by', { by: s.signedUpBy })}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          </section>
          <section aria-label={t('signup.waiting')}>
            <Typography.Title level={5}>
              {t('signup.waiting')} ({waiting.length})
            </Typography.Title>
            <List
              size="small"
              dataSource={waiting}
              locale={{ emptyText: t('signup.none') }}
              renderItem={(s) => (
                <List.Item actions={cancelButton(s.member?.id)}>
                  <Flex gap={8} align="center" wrap>
                    <span>{s.member?.name}</span>
                    <Tag color="orange">
                      {t('signup.position', { position: s.waitingPosition ?? 0 })}
                    </Tag>
                  </Flex>
                </List.Item>
              )}
            />
          </section>
        </Flex>
      )}
    </Modal>
  );
}
