import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { BureauEntity } from '../bureau/bureau.entity';
import { MemberEntity } from '../member/member.entity';
import { VolunteerTeamEntity } from './volunteer-team.entity';

/**
 * A volunteer: a member of the roster (`member_id`), or a person not on it, such as an old
 * party member of a village, kept with a few details of their own (a light person record).
 */
@Entity('volunteer')
@Unique('volunteer_member_id_key', ['memberId'])
@Unique('volunteer_id_card_number_key', ['idCardNumber'])
@Check(
  'volunteer_person_check',
  `(member_id IS NOT NULL AND name IS NULL AND id_card_number IS NULL AND phone IS NULL AND village IS NULL) OR (member_id IS NULL AND btrim(name) <> '')`,
)
export class VolunteerEntity {
  /** The county bureau the volunteer is registered with. */
  @Column('int', { name: 'bureau_id' })
  bureauId!: number;

  @ManyToOne(() => BureauEntity)
  @JoinColumn({ name: 'bureau_id', foreignKeyConstraintName: 'volunteer_bureau_id_fkey' })
  bureau?: Relation<BureauEntity>;

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'member_id', nullable: true })
  memberId!: number | null;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'volunteer_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('varchar', { length: 50, nullable: true })
  name!: string | null;

  @Column('varchar', { name: 'id_card_number', length: 18, nullable: true })
  idCardNumber!: string | null;

  @Column('varchar', { length: 20, nullable: true })
  phone!: string | null;

  @Column('varchar', { length: 100, nullable: true })
  village!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

/** A volunteer's membership of a team, from the day they joined to the day they left. */
@Entity('volunteer_membership')
@Check('volunteer_membership_check', `left_on IS NULL OR left_on >= joined_on`)
@Index('volunteer_membership_current_key', ['teamId', 'volunteerId'], {
  unique: true,
  where: 'left_on IS NULL',
})
@Index('volunteer_membership_volunteer_idx', ['volunteerId', 'teamId'])
export class VolunteerMembershipEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'team_id' })
  teamId!: number;

  @ManyToOne(() => VolunteerTeamEntity)
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'volunteer_membership_team_id_fkey' })
  team?: Relation<VolunteerTeamEntity>;

  @Column('int', { name: 'volunteer_id' })
  volunteerId!: number;

  @ManyToOne(() => VolunteerEntity)
  @JoinColumn({
    name: 'volunteer_id',
    foreignKeyConstraintName: 'volunteer_membership_volunteer_id_fkey',
  })
  volunteer?: Relation<VolunteerEntity>;

  @Column('date', { name: 'joined_on' })
  joinedOn!: string;

  @Column('date', { name: 'left_on', nullable: true })
  leftOn!: string | null;
}
