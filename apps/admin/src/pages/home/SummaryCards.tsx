import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../locales';
import { formatCount, type CountyStats } from '../report/stats';
import { branchesLink, rosterLink } from './dashboard-links';
import { FigureGrid, type Figure } from './FigureTile';
import { Panel } from './Panel';
import './locale';
import '../report/locale';

/** A count as a tile: its name, the number as the reader writes it, its unit, its list. */
function useCountFigure(unit: MessageKey) {
  const { t, locale } = useI18n();
  return (label: MessageKey, value: number, to: string): Figure => ({
    label: t(label),
    value: formatCount(value, locale),
    unit: t(unit),
    to,
  });
}

/** 组织建设: general branches, branches, model branches by level and homes for old members. */
export function OrganisationCard({
  organisation,
  bureauId,
}: {
  organisation: CountyStats['organisation'];
  /** The bureau picked, which the branch tree keeps. */
  bureauId: string | null;
}) {
  const { t } = useI18n();
  const figure = useCountFigure('report.unit.org');
  const branches = (filters: Parameters<typeof branchesLink>[0] = {}) =>
    branchesLink(filters, bureauId);
  return (
    <Panel title={t('home.section.organisation')}>
      <FigureGrid
        figures={[
          figure('report.figure.generalBranches', organisation.generalBranches, branches()),
          figure('report.figure.branches', organisation.branches, branches()),
          figure(
            'report.figure.provincial',
            organisation.provincial,
            branches({ level: 'PROVINCIAL' }),
          ),
          figure('report.figure.city', organisation.city, branches({ level: 'CITY' })),
          figure('report.figure.county', organisation.county, branches({ level: 'COUNTY' })),
          figure('report.figure.homes', organisation.homes, branches({ home: true })),
        ]}
      />
    </Panel>
  );
}

/** 人员情况: the roster on the day, each figure a link to the roster filtered to it. */
export function MembersCard({
  members,
  bureauId,
}: {
  members: CountyStats['members'];
  /** The bureau picked, which the lists keep. */
  bureauId: string | null;
}) {
  const { t } = useI18n();
  const figure = useCountFigure('report.unit.person');
  const roster = (filters: Parameters<typeof rosterLink>[0] = {}) =>
    rosterLink({ ...filters, bureauId });
  return (
    <Panel title={t('home.section.members')}>
      <FigureGrid
        figures={[
          { ...figure('report.figure.active', members.active, roster()), color: '#c0390d' },
          figure('report.figure.lixiu', members.lixiu, roster({ retirementType: 'LIXIU' })),
          figure('report.figure.tuixiu', members.tuixiu, roster({ retirementType: 'TUIXIU' })),
          // The roster has no party-member filter; "in the party for 0 years or more" is it.
          figure('report.figure.partyMembers', members.partyMembers, roster({ partyYears: 0 })),
          figure('report.figure.medal', members.medalEligible, roster({ medal: true })),
          figure('report.figure.deceased', members.deceased, roster({ status: 'DECEASED' })),
        ]}
      />
    </Panel>
  );
}
