import { useState } from 'react';
import { Descriptions, Form, Radio, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { applyUserErrors } from '../../components/user-errors';
import { errorMessage, localizeUserErrors } from '../../components/server-message';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { MoveBranchDocument } from './queries';
import { ParentBranchSelect } from './ParentBranchSelect';
import type { BranchIndex, BranchNode } from './tree';
import './locale';
import { useFeedback } from '../../components/feedback';

interface MoveValues {
  where: 'under' | 'top';
  parentId: string | null;
}

/**
 * Moves a branch, with everything below it, under another general branch or to the top. The
 * server has the last word on the tree's shape: a move under the branch itself or one of its
 * descendants comes back as CYCLE, and its reason is shown on the field and above the form.
 */
export function MoveBranchModal({
  branch,
  index,
  onClose,
  onMoved,
}: {
  branch: BranchNode;
  index: BranchIndex;
  onClose: () => void;
  onMoved: (branch: BranchNode) => void;
}) {
  const { t, locale } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<MoveValues>();
  const [move, { loading }] = useMutation(MoveBranchDocument);
  const [problems, setProblems] = useState<string[]>([]);
  const where = Form.useWatch('where', form);
  const parent = branch.parent ? index.byId.get(branch.parent.id) : undefined;

  const submit = async (values: MoveValues) => {
    setProblems([]);
    try {
      const { data } = await move({
        variables: {
          input: {
            id: branch.id,
            parentId: values.where === 'top' ? null : values.parentId,
            expectedVersion: branch.version,
          },
        },
      });
      const result = data?.moveBranch;
      if (!result) return;
      const errors = localizeUserErrors(result.userErrors, locale);
      if (errors.length || !result.branch) {
        // Every refusal is listed above the form, so a CYCLE reads clearly even where the
        // field also shows it.
        applyUserErrors(form, errors);
        setProblems(errors.map((e) => e.message));
        return;
      }
      message.success(t('branches.move.done', { name: branch.name }));
      onMoved(result.branch);
    } catch (e: unknown) {
      setProblems([errorMessage(e, locale)]);
    }
  };

  return (
    <FormModal
      title={t('branches.move.title', { name: branch.name })}
      okText={t('branches.move.submit')}
      form={form}
      saving={loading}
      onClose={onClose}
    >
      <FormProblems problems={problems} title={t('branches.move.refused')} />
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'current',
            label: t('branches.move.current'),
            children: parent?.name ?? t('branches.detail.top'),
          },
        ]}
      />
      <Form<MoveValues>
        form={form}
        name="branchMove"
        layout="vertical"
        initialValues={{ where: 'under', parentId: null }}
        onFinish={(values) => void submit(values)}
        onValuesChange={() => setProblems([])}
      >
        <Form.Item name="where" label={t('branches.move.to')}>
          <Radio.Group
            options={[
              { value: 'under', label: t('branches.move.underParent') },
              { value: 'top', label: t('branches.move.toTop') },
            ]}
          />
        </Form.Item>
        {where !== 'top' && (
          <Form.Item
            name="parentId"
            label={t('branches.move.parent')}
            rules={[{ required: true, message: t('branches.move.parentRequired') }]}
          >
            <ParentBranchSelect index={index} />
          </Form.Item>
        )}
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {t('branches.move.note')}
        </Typography.Paragraph>
      </Form>
    </FormModal>
  );
}
