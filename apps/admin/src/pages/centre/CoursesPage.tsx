import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { ListCard, ListCards, touchLink } from '../../components/ListCards';
import { PageState } from '../../components/PageState';
import { PageTitle } from '../../components/PageTitle';
import { useCompact } from '../../components/useCompact';
import type { CourseRowFragment } from '../../gql/graphql';
import { OpenSignupModal } from '../signup/OpenSignupModal';
import { CourseDetailModal } from './CourseDetailModal';
import { CourseFormModal } from './CourseFormModal';
import { WEEKDAY_KEYS, scheduleText, termsOf } from './centre-view';
import { CentreRoomsDocument, CoursesDocument, CourseTermsDocument } from './queries';
import './locale';
import '../signup/locale';

/** 老年大学: the courses of a term with their timetable and places; set one up, enrol, record. */
export default function CoursesPage() {
  const { t } = useI18n();
  const compact = useCompact();
  const { access } = useViewer();
  const [chosenTerm, setTerm] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [openingSignup, setOpeningSignup] = useState<string | null>(null);

  const termList = useQuery(CourseTermsDocument, { fetchPolicy: 'cache-and-network' });
  const terms = useMemo(() => termsOf(termList.data?.courses.nodes ?? []), [termList.data]);
  const term = chosenTerm ?? terms[0] ?? null;
  const courses = useQuery(CoursesDocument, {
    variables: { term },
    skip: !term,
    fetchPolicy: 'cache-and-network',
  });
  const rooms = useQuery(CentreRoomsDocument);
  const activeRooms = (rooms.data?.rooms.nodes ?? []).filter((r) => r.active);
  const rows = courses.data?.courses.nodes ?? [];

  const schedule = (c: CourseRowFragment) =>
    scheduleText(c.schedule, (n) => t(WEEKDAY_KEYS[n - 1]));
  const places = (c: CourseRowFragment) => (
    <Flex gap={4} wrap>
      <span>
        {t('centre.course.placesLine', { enrolled: c.enrolledCount, capacity: c.capacity })}
      </span>
      {c.waitingCount > 0 && (
        <Tag color="orange">{t('centre.course.waitingLine', { waiting: c.waitingCount })}</Tag>
      )}
    </Flex>
  );
  const name = (c: CourseRowFragment) => (
    <a
      href={`#${c.id}`}
      style={touchLink}
      onClick={(e) => {
        e.preventDefault();
        setOpen(c.id);
      }}
    >
      {c.name}
    </a>
  );
  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('centre.courses.empty')} />
  );
  // 开放报名 on a course whose term runs on (the bureau's); 报名中 once open.
  const today = chinaToday();
  const signup = (c: CourseRowFragment) => (
    <Flex gap={4} wrap align="center">
      {c.signup?.open && <Tag color="green">{t('signup.state.open')}</Tag>}
      {access.canAdmin && c.termEndsOn >= today && (
        <Button size="small" onClick={() => setOpeningSignup(c.id)}>
          {c.signup ? t('signup.open.change') : t('signup.open')}
        </Button>
      )}
    </Flex>
  );
  const refresh = () => {
    void termList.refetch();
    void courses.refetch();
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <PageTitle title={t('centre.courses.title')} lead={t('centre.courses.lead')} />
        {access.canAdmin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('centre.courses.new')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Select<string>
          aria-label={t('centre.course.term')}
          placeholder={t('centre.course.term')}
          style={{ width: compact ? '100%' : 200 }}
          value={term ?? undefined}
          onChange={setTerm}
          options={terms.map((v) => ({ value: v, label: v }))}
        />
      </Card>
      <Card>
        {courses.error && !courses.data ? (
          <PageState error={courses.error} onRetry={() => void courses.refetch()} />
        ) : compact ? (
          <ListCards
            items={rows}
            rowKey={(c) => c.id}
            loading={courses.loading || termList.loading}
            empty={empty}
            label={t('centre.courses.table')}
          >
            {(c) => (
              <ListCard
                title={name(c)}
                facts={[
                  { key: 'teacher', label: t('centre.course.teacher'), value: c.teacher },
                  { key: 'room', label: t('centre.field.room'), value: c.room.name },
                  { key: 'schedule', label: t('centre.course.schedule'), value: schedule(c) },
                  { key: 'places', label: t('centre.course.places'), value: places(c) },
                ]}
                actions={signup(c)}
              />
            )}
          </ListCards>
        ) : (
          <Table<CourseRowFragment>
            rowKey="id"
            size="middle"
            aria-label={t('centre.courses.table')}
            dataSource={rows}
            loading={courses.loading || termList.loading}
            pagination={false}
            locale={{ emptyText: empty }}
            columns={[
              { key: 'name', title: t('centre.course.name'), render: (_, c) => name(c) },
              { key: 'teacher', title: t('centre.course.teacher'), dataIndex: 'teacher' },
              { key: 'room', title: t('centre.field.room'), render: (_, c) => c.room.name },
              {
                key: 'schedule',
                title: t('centre.course.schedule'),
                render: (_, c) => schedule(c),
              },
              { key: 'places', title: t('centre.course.places'), render: (_, c) => places(c) },
              { key: 'signup', title: t('signup.title'), render: (_, c) => signup(c) },
            ]}
          />
        )}
      </Card>
      {creating && (
        <CourseFormModal
          rooms={activeRooms}
          term={term}
          onClose={() => setCreating(false)}
          onSaved={refresh}
        />
      )}
      {openingSignup && (
        <OpenSignupModal
          target={{ courseId: openingSignup }}
          onClose={() => setOpeningSignup(null)}
          onSaved={refresh}
        />
      )}
      {open && (
        <CourseDetailModal courseId={open} onClose={() => setOpen(null)} onChanged={refresh} />
      )}
    </Flex>
  );
}
