import { useState } from 'react';
import { Button, Flex, Form, Input, InputNumber, Select } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { CommitteePosition } from '../../gql/graphql';
import { CommitteeBranchMembersDocument, RecordElectionDocument } from './queries';
import { POSITIONS, seatsInput, type SeatValues } from './party-org-view';
import './locale';

interface Values {
  branchId: string | null;
  electedOn: string;
  termYears: number;
  remarks?: string;
  seats: SeatValues[];
}

const FIRST_SEATS: SeatValues[] = (['SECRETARY', 'ORGANISATION', 'PROPAGANDA'] as const).map(
  (position: CommitteePosition) => ({ position, memberId: null, name: '' }),
);

/** Records an election (换届): the branch, the day, the term and the new committee's seats. */
export function ElectionFormModal({
  branchId: initialBranch,
  onClose,
  onSaved,
}: {
  branchId: string | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form);
  const [saving, setSaving] = useState(false);
  const branchId = Form.useWatch('branchId', form) ?? initialBranch;
  const members = useQuery(CommitteeBranchMembersDocument, {
    variables: { branchId: branchId ?? '' },
    skip: !branchId,
  });
  const [record] = useMutation(RecordElectionDocument);

  const submit = async (values: Values) => {
    saveProblems.reset();
    setSaving(true);
    try {
      const res = await record({
        variables: {
          input: {
            branchId: values.branchId ?? '',
            electedOn: values.electedOn,
            termYears: values.termYears,
            remarks: values.remarks ?? null,
            seats: seatsInput(values.seats),
          },
        },
      });
      if (!saveProblems.show(res.data!.recordElection.userErrors)) return;
      onSaved();
      onClose();
    } catch (error) {
      saveProblems.fail(error);
    } finally {
      setSaving(false);
    }
  };

  const memberOptions = (members.data?.members.nodes ?? []).map((m) => ({
    value: m.id,
    label: m.name,
  }));
  return (
    <FormModal
      title={t('partyOrg.election.new')}
      width={720}
      saving={saving}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{
          branchId: initialBranch,
          electedOn: chinaToday(),
          termYears: 3,
          seats: FIRST_SEATS,
        }}
      >
        <Form.Item name="branchId" label={t('partyOrg.field.branch')} rules={[{ required: true }]}>
          <BranchTreeSelect branchesOnly aria-label={t('partyOrg.field.branch')} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="electedOn"
            label={t('partyOrg.field.electedOn')}
            rules={[{ required: true }]}
          >
            <Input type="date" max={chinaToday()} aria-label={t('partyOrg.field.electedOn')} />
          </Form.Item>
          <Form.Item
            name="termYears"
            label={t('partyOrg.field.termYears')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={10} aria-label={t('partyOrg.field.termYears')} />
          </Form.Item>
        </Flex>
        <Form.Item label={t('partyOrg.field.seats')} extra={t('partyOrg.election.memberOrName')}>
          <Form.List name="seats">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} wrap align="center">
                    <Form.Item name={[field.name, 'position']} noStyle>
                      <Select<CommitteePosition>
                        aria-label={t('partyOrg.field.position')}
                        style={{ width: 130 }}
                        options={POSITIONS.map((p) => ({
                          value: p,
                          label: t(`partyOrg.position.${p}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'memberId']} noStyle>
                      <Select<string | null>
                        allowClear
                        showSearch={{ optionFilterProp: 'label' }}
                        aria-label={t('partyOrg.field.member')}
                        placeholder={t('partyOrg.field.member')}
                        style={{ width: 180 }}
                        loading={members.loading}
                        options={memberOptions}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'name']} noStyle>
                      <Input
                        aria-label={t('partyOrg.field.name')}
                        placeholder={t('partyOrg.field.name')}
                        style={{ width: 160 }}
                        maxLength={50}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('partyOrg.election.removeSeat')}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ position: 'DISCIPLINE', memberId: null, name: '' })}
                >
                  {t('partyOrg.election.addSeat')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="remarks" label={t('partyOrg.field.remarks')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
