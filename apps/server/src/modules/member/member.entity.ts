import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The write model of a member; reads select plain rows (see member.repository.ts). */
@Entity('member')
export class MemberEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 50 })
  name!: string;

  @Column('text', { name: 'name_pinyin' })
  namePinyin!: string;

  @Column('text', { name: 'name_initials' })
  nameInitials!: string;

  @Column('varchar', { length: 10 })
  gender!: string;

  @Column('varchar', { length: 20 })
  ethnicity!: string;

  @Column('date', { name: 'birth_date' })
  birthDate!: string;

  @Column('char', { name: 'id_card_number', length: 18 })
  idCardNumber!: string;

  @Column('varchar', { length: 20, nullable: true })
  phone!: string | null;

  @Column('varchar', { length: 200, nullable: true })
  address!: string | null;

  @Column('varchar', { name: 'residence_kind', length: 20 })
  residenceKind!: string;

  @Column('varchar', { name: 'residence_place', length: 50 })
  residencePlace!: string;

  @Column('varchar', { name: 'former_unit', length: 100, nullable: true })
  formerUnit!: string | null;

  @Column('varchar', { name: 'former_position', length: 100, nullable: true })
  formerPosition!: string | null;

  @Column('varchar', { length: 50, nullable: true })
  rank!: string | null;

  @Column('varchar', { name: 'retirement_type', length: 10 })
  retirementType!: string;

  @Column('date', { name: 'retirement_date', nullable: true })
  retirementDate!: string | null;

  @Column('date', { name: 'work_start_date', nullable: true })
  workStartDate!: string | null;

  @Column('boolean', { name: 'party_member' })
  partyMember!: boolean;

  @Column('date', { name: 'party_join_date', nullable: true })
  partyJoinDate!: string | null;

  @Column('date', { name: 'full_membership_date', nullable: true })
  fullMembershipDate!: string | null;

  @Column('int', { name: 'branch_id' })
  branchId!: number;

  @Column('varchar', { length: 20, default: 'ACTIVE' })
  status!: string;

  @Column('date', { name: 'death_date', nullable: true })
  deathDate!: string | null;

  @Column('varchar', { name: 'death_cause', length: 200, nullable: true })
  deathCause!: string | null;

  @Column('date', { name: 'transferred_out_on', nullable: true })
  transferredOutOn!: string | null;

  @Column('varchar', { name: 'transfer_destination', length: 100, nullable: true })
  transferDestination!: string | null;

  @Column('varchar', { name: 'health_status', length: 20, nullable: true })
  healthStatus!: string | null;

  @Column('text', { name: 'health_notes', nullable: true })
  healthNotes!: string | null;

  @Column('varchar', { name: 'living_situation', length: 20, nullable: true })
  livingSituation!: string | null;

  @Column('varchar', { name: 'spouse_name', length: 50, nullable: true })
  spouseName!: string | null;

  @Column('varchar', { name: 'emergency_contact_name', length: 50, nullable: true })
  emergencyContactName!: string | null;

  @Column('varchar', { name: 'emergency_contact_relation', length: 20, nullable: true })
  emergencyContactRelation!: string | null;

  @Column('varchar', { name: 'emergency_contact_phone', length: 20, nullable: true })
  emergencyContactPhone!: string | null;

  @Column('text', { name: 'care_plan', nullable: true })
  carePlan!: string | null;

  @Column('varchar', { name: 'contact_leader', length: 50, nullable: true })
  contactLeader!: string | null;

  @Column('text', { array: true, default: () => `'{}'` })
  tags!: string[];

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

@Entity('branch_membership')
export class BranchMembershipEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'member_id' })
  memberId!: number;

  @Column('int', { name: 'branch_id' })
  branchId!: number;

  @Column('date', { name: 'started_on' })
  startedOn!: string;

  @Column('date', { name: 'ended_on', nullable: true })
  endedOn!: string | null;

  @Column('varchar', { length: 20 })
  reason!: string;

  @Column('varchar', { length: 200, nullable: true })
  note!: string | null;
}
