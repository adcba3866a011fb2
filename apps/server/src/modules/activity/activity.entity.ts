import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { BureauEntity } from '../bureau/bureau.entity';
import { BranchEntity } from '../branch/branch.entity';
import { ActivityKindEntity } from './activity-kind.entity';
import { VolunteerTeamEntity } from '../volunteer/volunteer-team.entity';
import { AssociationEntity } from '../association/association.entity';
import { RoomEntity } from '../centre/room.entity';

/**
 * One activity record for every area (活动): a meeting of 三会一课, a party-education session,
 * later a volunteer activity or an association's event. The organiser is a kind and a
 * reference (the bureau has none; a branch, a volunteer team or an association its id).
 * `place` is free text; `room_id` the room of the activity centre it is booked in, if any.
 */
@Entity('activity')
@Check(
  'activity_organiser_kind_check',
  `organiser_kind IN ('BUREAU', 'BRANCH', 'TEAM', 'ASSOCIATION')`,
)
@Check(
  'activity_organiser_check',
  `(organiser_kind = 'BRANCH') = (organiser_branch_id IS NOT NULL) AND (organiser_kind = 'TEAM') = (organiser_team_id IS NOT NULL) AND (organiser_kind = 'ASSOCIATION') = (organiser_association_id IS NOT NULL)`,
)
@Check('activity_check', `ends_at >= starts_at`)
@Check('activity_title_check', `btrim(title) <> ''`)
@Check('activity_counts_check', `external_attendance >= 0 AND beneficiaries >= 0`)
@Index('activity_starts_idx', ['startsAt', 'id'])
@Index('activity_branch_idx', ['organiserBranchId', 'kind', 'startsAt'])
@Index('activity_kind_idx', ['kind', 'startsAt'])
@Index('activity_bureau_idx', ['bureauId', 'startsAt'])
@Index('activity_team_idx', ['organiserTeamId', 'startsAt'])
@Index('activity_association_idx', ['organiserAssociationId', 'startsAt'])
// gin (title gin_trgm_ops), which TypeORM cannot declare (see db/entities.spec.ts).
@Index('activity_title_idx', { synchronize: false })
export class ActivityEntity {
  /** The county bureau it belongs to. */
  @Column('int', { name: 'bureau_id' })
  bureauId!: number;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'activity_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 40 })
  kind!: string;

  @ManyToOne(() => ActivityKindEntity)
  @JoinColumn({ name: 'kind', foreignKeyConstraintName: 'activity_kind_fkey' })
  kindRow?: Relation<ActivityKindEntity>;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Column('timestamptz', { name: 'ends_at' })
  endsAt!: Date;

  @Column('varchar', {
    length: 200,
    nullable: true,
    comment: 'Free text; a room of the activity centre is room_id',
  })
  place!: string | null;

  /** The room of the activity centre it is booked in (its booking holds the time). */
  @Column('int', { name: 'room_id', nullable: true })
  roomId!: number | null;

  @ManyToOne(() => RoomEntity)
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'activity_room_id_fkey' })
  room?: Relation<RoomEntity>;

  @Column('varchar', { name: 'organiser_kind', length: 20 })
  organiserKind!: string;

  @Column('int', { name: 'organiser_branch_id', nullable: true })
  organiserBranchId!: number | null;

  @ManyToOne(() => BranchEntity)
  @JoinColumn({
    name: 'organiser_branch_id',
    foreignKeyConstraintName: 'activity_organiser_branch_id_fkey',
  })
  organiserBranch?: Relation<BranchEntity>;

  @Column('int', { name: 'organiser_team_id', nullable: true })
  organiserTeamId!: number | null;

  @ManyToOne(() => VolunteerTeamEntity)
  @JoinColumn({
    name: 'organiser_team_id',
    foreignKeyConstraintName: 'activity_organiser_team_id_fkey',
  })
  organiserTeam?: Relation<VolunteerTeamEntity>;

  @Column('int', { name: 'organiser_association_id', nullable: true })
  organiserAssociationId!: number | null;

  @ManyToOne(() => AssociationEntity)
  @JoinColumn({
    name: 'organiser_association_id',
    foreignKeyConstraintName: 'activity_organiser_association_id_fkey',
  })
  organiserAssociation?: Relation<AssociationEntity>;

  @Column('int', { name: 'external_attendance', default: 0 })
  externalAttendance!: number;

  @Column('int', { default: 0 })
  beneficiaries!: number;

  @Column('text', { nullable: true })
  summary!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
