import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Empty, Flex, Row, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { PageState } from '../../components/PageState';
import { useUrlState } from '../../components/useUrlState';
import { useWholeList } from '../../components/useWholeList';
import { BranchTreeAllDocument, BranchTreeMatchesDocument } from './queries';
import { branchViewCodec, serverFilter, treeFilter, type BranchView } from './branch-view';
import {
  ancestorIds,
  buildRows,
  indexBranches,
  parentIds,
  summarize,
  withAncestors,
  type BranchIndex,
  type BranchNode,
} from './tree';
import { BranchSummary } from './BranchSummary';
import { BranchFilters } from './BranchFilters';
import { BureauFilterTag } from '../../components/BureauFilterTag';
import { BranchTable } from './BranchTable';
import { BranchDetail, type BranchActions } from './BranchDetail';
import { BranchFormModal, type BranchFormMode } from './BranchFormModal';
import { MoveBranchModal } from './MoveBranchModal';
import { ArchiveBranchModal } from './ArchiveBranchModal';
import './locale';

/** The open dialog; branches are held by id so that a reload shows their latest state. */
type Dialog =
  { kind: 'create'; parentId: string | null } | { kind: 'edit' | 'move' | 'archive'; id: string };

/** The whole tree in reach (or the bureau's), and the ids matching the filters when there are any. */
function useBranchData(view: BranchView) {
  const narrowed = treeFilter(view);
  const tree = useWholeList({
    query: BranchTreeAllDocument,
    variables: (after) => (narrowed ? { after, filter: narrowed } : { after }),
    connection: (data) => data.branches,
    key: view.bureau ?? '',
  });
  const filter = serverFilter(view);
  const filterKey = filter ? JSON.stringify(filter) : '';
  const matches = useWholeList({
    query: BranchTreeMatchesDocument,
    variables: (after) => ({ filter: filter ?? {}, after }),
    connection: (data) => data.branches,
    key: filterKey,
    skip: !filter,
  });
  const index = useMemo(() => indexBranches(tree.nodes ?? []), [tree.nodes]);
  const matchIds = useMemo(
    () => (filterKey && matches.nodes ? new Set(matches.nodes.map((node) => node.id)) : null),
    // The filter object is new each render; its key says when it changed.
    [filterKey, matches.nodes],
  );
  return { tree, matches, index, matchIds, filterKey };
}

/** Which rows are open: the person's choice for this filter, or a sensible default. */
function useExpansion(
  index: BranchIndex,
  visible: ReadonlySet<string> | undefined,
  filterKey: string,
  selectedId: string | null,
) {
  const [chosen, setChosen] = useState<{ filterKey: string; keys: string[] } | null>(null);
  const expanded = useMemo(() => {
    if (chosen?.filterKey === filterKey) return chosen.keys;
    // Filtering: open every way down to a match.
    if (visible) return parentIds(index, visible);
    // The county's seven general branches fit on one screen closed; a secretary's one opens.
    const roots = index.roots.length <= 3 ? index.roots.map((root) => root.id) : [];
    return [...new Set([...roots, ...(selectedId ? ancestorIds(index, selectedId) : [])])];
  }, [chosen, filterKey, visible, index, selectedId]);
  const setExpanded = useCallback((keys: string[]) => setChosen({ filterKey, keys }), [filterKey]);
  /** Opens the way down to a branch (one just created or moved), keeping the rest as it is. */
  const reveal = useCallback(
    (ids: string[]) => setChosen({ filterKey, keys: [...new Set([...expanded, ...ids])] }),
    [expanded, filterKey],
  );
  return { expanded, setExpanded, reveal };
}

function BranchTreeScreen() {
  const { t } = useI18n();
  const { viewer, access } = useViewer();
  const [view, setView] = useUrlState(branchViewCodec);
  const { tree, matches, index, matchIds, filterKey } = useBranchData(view);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const visible = useMemo(
    () => (matchIds ? withAncestors(index, matchIds) : undefined),
    [index, matchIds],
  );
  const rows = useMemo(() => buildRows(index, visible), [index, visible]);
  const summary = useMemo(() => summarize([...index.byId.values()], index.roots), [index]);
  // A secretary starts on their own branch; the bureau on the county overview.
  const selectedId =
    view.id && index.byId.has(view.id)
      ? view.id
      : viewer.branch && index.byId.has(viewer.branch.id)
        ? viewer.branch.id
        : null;
  const selected = selectedId ? (index.byId.get(selectedId) ?? null) : null;
  const { expanded, setExpanded, reveal } = useExpansion(index, visible, filterKey, selectedId);

  const changeView = (change: Partial<BranchView>) =>
    setView((previous) => ({ ...previous, ...change }), { replace: true });
  const select = (id: string | null) => changeView({ id });

  const closeAndReload = async (select?: { id: string; parentId: string | null }) => {
    setDialog(null);
    if (select) {
      changeView({ id: select.id });
      reveal(select.parentId ? [select.parentId, ...ancestorIds(index, select.parentId)] : []);
    }
    await tree.reload();
    if (matchIds) await matches.reload();
  };

  const actions: BranchActions = {};
  if (access.canWriteMembers || access.canAdmin) {
    // Secretaries may edit the details of the branches in their reach, which is all they see.
    actions.onEdit = (branch) => setDialog({ kind: 'edit', id: branch.id });
  }
  if (access.canAdmin) {
    actions.onCreateChild = (branch) => setDialog({ kind: 'create', parentId: branch.id });
    actions.onMove = (branch) => setDialog({ kind: 'move', id: branch.id });
    actions.onArchive = (branch) => setDialog({ kind: 'archive', id: branch.id });
  }

  const header = (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, marginBottom: 4 }}>
          {t('branches.title')}
        </Typography.Title>
        <Typography.Text style={{ color: 'rgba(0, 0, 0, 0.65)' }}>
          {t('branches.lead')}
        </Typography.Text>
        {view.bureau && (
          <div style={{ marginTop: 8 }}>
            <BureauFilterTag bureauId={view.bureau} onClear={() => changeView({ bureau: null })} />
          </div>
        )}
      </div>
      {access.canAdmin && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() =>
            setDialog({
              kind: 'create',
              // A new branch most likely belongs where the person is looking.
              parentId:
                selected?.kind === 'GENERAL_BRANCH' ? selected.id : (selected?.parent?.id ?? null),
            })
          }
        >
          {t('branches.create')}
        </Button>
      )}
    </Flex>
  );

  if (!tree.nodes) {
    return (
      <>
        {header}
        <PageState loading={tree.loading} error={tree.error} onRetry={() => void tree.reload()} />
      </>
    );
  }

  return (
    <>
      {header}
      {tree.error && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('common.error', { message: tree.error.message })}
          action={<Button onClick={() => void tree.reload()}>{t('common.retry')}</Button>}
        />
      )}
      {tree.nodes.length === 0 ? (
        <Card>
          <Empty description={t('branches.empty')} />
        </Card>
      ) : (
        <>
          <BranchSummary
            summary={summary}
            view={view}
            onFilter={changeView}
            scoped={Boolean(viewer.branch)}
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={15} xxl={16}>
              <Card
                title={
                  <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                    {t('branches.tree')}
                  </Typography.Title>
                }
                extra={
                  <Flex gap={4}>
                    <Button type="text" onClick={() => setExpanded(parentIds(index, visible))}>
                      {t('branches.expandAll')}
                    </Button>
                    <Button type="text" onClick={() => setExpanded([])}>
                      {t('branches.collapseAll')}
                    </Button>
                  </Flex>
                }
              >
                <BranchFilters view={view} onChange={changeView} />
                <TreeBody
                  filtered={matchIds !== null || matches.loading}
                  matchCount={matchIds?.size ?? 0}
                  loading={matches.loading}
                  error={matches.error}
                  onRetry={() => void matches.reload()}
                  onClear={() => changeView({ search: '', level: null, home: null })}
                >
                  <BranchTable
                    rows={rows}
                    selectedId={selectedId}
                    onSelect={select}
                    expandedKeys={expanded}
                    onExpandedChange={setExpanded}
                    matches={matchIds}
                    search={view.search}
                  />
                </TreeBody>
              </Card>
            </Col>
            <Col xs={24} xl={9} xxl={8}>
              <div style={{ position: 'sticky', top: 16 }}>
                <BranchDetail branch={selected} index={index} onSelect={select} actions={actions} />
              </div>
            </Col>
          </Row>
        </>
      )}
      <BranchDialogs
        dialog={dialog}
        index={index}
        onClose={() => setDialog(null)}
        onReload={tree.reload}
        onDone={closeAndReload}
        onArchived={(branch) => {
          select(branch.parent?.id ?? null);
          void closeAndReload();
        }}
      />
    </>
  );
}

/** The count of matches above the tree, or why there is nothing to show. */
function TreeBody({
  filtered,
  matchCount,
  loading,
  error,
  onRetry,
  onClear,
  children,
}: {
  filtered: boolean;
  matchCount: number;
  loading: boolean;
  error: Error | null;
  onRetry: () => void;
  onClear: () => void;
  children: React.ReactNode;
}) {
  const { t } = useI18n();
  if (error) return <PageState error={error} onRetry={onRetry} />;
  if (!filtered) return <>{children}</>;
  if (loading && matchCount === 0) return <PageState loading />;
  if (matchCount === 0) {
    return (
      <Empty description={t('branches.noMatches')}>
        <Button onClick={onClear}>{t('branches.filter.clear')}</Button>
      </Empty>
    );
  }
  return (
    <>
      <div role="status" style={{ marginBottom: 8 }}>
        {t('branches.matches', { count: matchCount })}
      </div>
      {children}
    </>
  );
}

function BranchDialogs({
  dialog,
  index,
  onClose,
  onReload,
  onDone,
  onArchived,
}: {
  dialog: Dialog | null;
  index: BranchIndex;
  onClose: () => void;
  onReload: () => Promise<void>;
  onDone: (select?: { id: string; parentId: string | null }) => Promise<void>;
  onArchived: (branch: BranchNode) => void;
}) {
  if (!dialog) return null;
  const saved = (branch: BranchNode) =>
    void onDone({ id: branch.id, parentId: branch.parent?.id ?? null });
  if (dialog.kind === 'create') {
    const mode: BranchFormMode = { kind: 'create', parentId: dialog.parentId };
    return (
      <BranchFormModal
        mode={mode}
        index={index}
        onClose={onClose}
        onSaved={saved}
        onReload={onReload}
      />
    );
  }
  const branch = index.byId.get(dialog.id);
  if (!branch) return null;
  if (dialog.kind === 'edit') {
    return (
      <BranchFormModal
        mode={{ kind: 'edit', branch }}
        index={index}
        onClose={onClose}
        onSaved={saved}
        onReload={onReload}
      />
    );
  }
  if (dialog.kind === 'move') {
    return <MoveBranchModal branch={branch} index={index} onClose={onClose} onMoved={saved} />;
  }
  return (
    <ArchiveBranchModal branch={branch} onClose={onClose} onArchived={() => onArchived(branch)} />
  );
}

/** 党组织: the tree of general branches and branches, with details and, for admins, its upkeep. */
export default function BranchTree() {
  return <BranchTreeScreen />;
}
