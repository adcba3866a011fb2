import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { buildBranchTree } from '../../components/BranchTreeSelect';
import type { BranchIndex } from './tree';

/**
 * Picks a general branch (党总支), the only kind that can hold branches, from the tree already
 * on screen. Empty means the top level.
 */
export function ParentBranchSelect({
  id,
  value,
  onChange,
  index,
  placeholder,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  index: BranchIndex;
  placeholder?: string;
}) {
  const treeData = useMemo(
    () =>
      buildBranchTree(
        [...index.byId.values()]
          .filter((branch) => branch.kind === 'GENERAL_BRANCH')
          .map((branch) => ({
            id: branch.id,
            name: branch.name,
            kind: branch.kind,
            parentId: branch.parent?.id ?? null,
          })),
      ),
    [index],
  );
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      treeData={treeData}
      placeholder={placeholder}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
    />
  );
}
