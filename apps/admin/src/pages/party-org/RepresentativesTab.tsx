import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Form, Input, Select, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { CursorPager } from '../../components/CursorPager';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { FIRST_PAGE, DEFAULT_PAGE_SIZE, pageVariables, type Paging } from '../../components/paging';
import { useCompact } from '../../components/useCompact';
import { useSaveProblems } from '../../components/useSaveProblems';
import type {
  RepresentativeKind,
  RepresentativeLevel,
  RepresentativesQuery,
} from '../../gql/graphql';
import { MemberSelect } from '../funding/MemberSelect';
import { AddRepresentativeRoleDocument, RepresentativesDocument } from './queries';
import { REPRESENTATIVE_KINDS, REPRESENTATIVE_LEVELS, termText } from './party-org-view';
import './locale';

type Row = RepresentativesQuery['representatives']['nodes'][number];

/** 代表委员: members serving as 党代表, 人大代表 or 政协委员, latest term first. */
export function RepresentativesTab() {
  const { t } = useI18n();
  const compact = useCompact();
  const { access } = useViewer();
  const [paging, setPaging] = useState<Paging>({ size: DEFAULT_PAGE_SIZE, ...FIRST_PAGE });
  const [adding, setAdding] = useState(false);
  const variables = useMemo(() => pageVariables(paging), [paging]);
  const { data, previousData, loading, error, refetch } = useQuery(RepresentativesDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.representatives;
  const role = (r: Row) => `${t(`honours.level.${r.level}`)}${t(`honours.kind.${r.kind}`)}`;
  const term = (r: Row) => termText(r.termFrom, r.termTo, t('honours.present'));
  const member = (r: Row) =>
    r.member ? (
      <Link to={`/roster/${r.member.id}`} style={touchLink}>
        {r.member.name}
      </Link>
    ) : null;
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('honours.empty')} />;

  return (
    <Flex vertical gap={16}>
      {access.canWriteMembers && (
        <Flex justify="flex-end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('honours.representatives.new')}
          </Button>
        </Flex>
      )}
      <Card>
        {error && !connection ? (
          <PageState error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            {compact ? (
              <ListCards
                items={connection?.nodes ?? []}
                rowKey={(r) => r.id}
                loading={loading}
                empty={empty}
                label={t('honours.representatives.table')}
              >
                {(r) => (
                  <ListCard
                    title={member(r)}
                    facts={[
                      { key: 'role', label: t('honours.field.kind'), value: role(r) },
                      { key: 'term', label: t('honours.field.term'), value: term(r) },
                      {
                        key: 'branch',
                        label: t('honours.field.branch'),
                        value: r.member?.branch.name ?? '',
                      },
                    ]}
                  />
                )}
              </ListCards>
            ) : (
              <Table<Row>
                rowKey="id"
                size="middle"
                aria-label={t('honours.representatives.table')}
                dataSource={connection?.nodes ?? []}
                loading={loading}
                pagination={false}
                locale={{ emptyText: empty }}
                columns={[
                  { key: 'member', title: t('honours.field.member'), render: (_, r) => member(r) },
                  {
                    key: 'branch',
                    title: t('honours.field.branch'),
                    render: (_, r) => r.member?.branch.name,
                  },
                  { key: 'role', title: t('honours.field.kind'), render: (_, r) => role(r) },
                  { key: 'term', title: t('honours.field.term'), render: (_, r) => term(r) },
                ]}
              />
            )}
            {connection && (
              <CursorPager
                total={connection.totalCount}
                totalText={t('honours.representatives.count', { count: connection.totalCount })}
                paging={paging}
                pageInfo={connection.pageInfo}
                disabled={loading}
                onTurn={(next) => setPaging((p) => ({ ...p, ...next }))}
                onSize={(size) => setPaging({ size, ...FIRST_PAGE })}
              />
            )}
          </>
        )}
      </Card>
      {adding && <AddRoleModal onClose={() => setAdding(false)} onSaved={() => void refetch()} />}
    </Flex>
  );
}

interface Values {
  memberId: string | null;
  kind: RepresentativeKind;
  level: RepresentativeLevel;
  termFrom: string;
  termTo?: string;
}

function AddRoleModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form);
  const [saving, setSaving] = useState(false);
  const [add] = useMutation(AddRepresentativeRoleDocument);
  const submit = async (values: Values) => {
    saveProblems.reset();
    setSaving(true);
    try {
      const res = await add({
        variables: {
          input: {
            memberId: values.memberId ?? '',
            kind: values.kind,
            level: values.level,
            termFrom: values.termFrom,
            termTo: values.termTo || null,
          },
        },
      });
      if (!saveProblems.show(res.data!.addRepresentativeRole.userErrors)) return;
      onSaved();
      onClose();
    } catch (error) {
      saveProblems.fail(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <FormModal
      title={t('honours.representatives.new')}
      width={520}
      saving={saving}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ kind: 'PARTY_CONGRESS', level: 'COUNTY', termFrom: chinaToday() }}
      >
        <Form.Item name="memberId" label={t('honours.field.member')} rules={[{ required: true }]}>
          <MemberSelect aria-label={t('honours.field.member')} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="kind" label={t('honours.field.kind')} rules={[{ required: true }]}>
            <Select<RepresentativeKind>
              style={{ width: 160 }}
              options={REPRESENTATIVE_KINDS.map((k) => ({
                value: k,
                label: t(`honours.kind.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="level" label={t('honours.field.level')} rules={[{ required: true }]}>
            <Select<RepresentativeLevel>
              style={{ width: 120 }}
              options={REPRESENTATIVE_LEVELS.map((l) => ({
                value: l,
                label: t(`honours.level.${l}`),
              }))}
            />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item
            name="termFrom"
            label={t('honours.field.termFrom')}
            rules={[{ required: true }]}
          >
            <Input type="date" aria-label={t('honours.field.termFrom')} />
          </Form.Item>
          <Form.Item name="termTo" label={t('honours.field.termTo')}>
            <Input type="date" aria-label={t('honours.field.termTo')} />
          </Form.Item>
        </Flex>
      </Form>
    </FormModal>
  );
}
