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
import { BranchEntity } from '../branch/branch.entity';

/**
 * A retired cadre on the roster (台账). Generated columns carry their expression as PostgreSQL
 * prints it (information_schema.columns.generation_expression), which the schema test compares.
 */
@Entity('member')
@Check('member_name_check', `btrim(name) <> ''`)
@Check('member_gender_check', `gender IN ('MALE', 'FEMALE')`)
@Check('member_residence_kind_check', `residence_kind IN ('TOWNSHIP', 'ELSEWHERE')`)
@Check('member_retirement_type_check', `retirement_type IN ('LIXIU', 'TUIXIU')`)
@Check('member_status_check', `status IN ('ACTIVE', 'DECEASED', 'TRANSFERRED_OUT')`)
@Check('member_health_status_check', `health_status IN ('GOOD', 'FAIR', 'POOR', 'BEDRIDDEN')`)
@Check(
  'member_living_situation_check',
  `living_situation IN ('ALONE', 'WITH_SPOUSE', 'WITH_FAMILY', 'CARE_HOME')`,
)
@Check('member_check', `(status = 'DECEASED') = (death_date IS NOT NULL)`)
@Check('member_check1', `(status = 'TRANSFERRED_OUT') = (transferred_out_on IS NOT NULL)`)
@Check('member_check2', `party_member OR party_join_date IS NULL`)
@Check(
  'member_full_membership_after_joining',
  `full_membership_date IS NULL OR (party_join_date IS NOT NULL AND full_membership_date >= party_join_date)`,
)
@Index('member_current_id_card_key', ['idCardNumber'], {
  unique: true,
  where: `status = 'ACTIVE'`,
})
@Index('member_branch_idx', ['branchId', 'status'])
@Index('member_status_name_idx', ['status', 'namePinyin', 'id'])
@Index('member_name_idx', ['namePinyin', 'id'])
@Index('member_birth_date_idx', ['birthDate', 'id'])
@Index('member_birth_md_idx', ['birthMd'])
@Index('member_party_join_idx', ['partyJoinDate', 'id'])
@Index('member_party_standing_idx', ['partyStandingFrom', 'id'])
@Index('member_retirement_idx', ['retirementType'])
@Index('member_created_idx', ['createdAt', 'id'])
@Index('member_updated_idx', ['updatedAt', 'id'])
@Index('member_tags_idx', ['tags'], { type: 'gin' })
@Index('member_death_date_idx', ['deathDate'])
@Index('member_transferred_out_idx', ['transferredOutOn'])
// Operator classes and expressions TypeORM cannot declare (see db/entities.spec.ts):
// (reverse(id_card_number) text_pattern_ops), gin (search_text gin_trgm_ops),
// (extract(month FROM party_join_date)), gin (ARRAY['^' || left(name, 1)] || the rest's characters),
// (left(name, 1), name_pinyin, id) INCLUDE (name, branch_id, status).
@Index('member_id_card_suffix_idx', { synchronize: false })
@Index('member_search_idx', { synchronize: false })
@Index('member_party_join_month_idx', { synchronize: false })
@Index('member_name_chars_idx', { synchronize: false })
@Index('member_name_start_idx', { synchronize: false })
export class MemberEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 50 })
  name!: string;

  @Column('text', { name: 'name_pinyin' })
  namePinyin!: string;

  @Column('text', { name: 'name_initials' })
  nameInitials!: string;

  /** What the roster's search box matches: name, pinyin and initials. */
  @Column({
    type: 'text',
    name: 'search_text',
    // Nullable as PostgreSQL declares a generated column; never null, made of NOT NULL columns.
    nullable: true,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `(((((name)::text || ' '::text) || name_pinyin) || ' '::text) || name_initials)`,
  })
  searchText!: string;

  @Column('varchar', { length: 10 })
  gender!: string;

  @Column('varchar', { length: 20 })
  ethnicity!: string;

  @Column('date', { name: 'birth_date' })
  birthDate!: string;

  /** The birthday as MMDD, for birthday ranges and order. */
  @Column({
    type: 'smallint',
    name: 'birth_md',
    // Nullable as PostgreSQL declares a generated column; never null, made of NOT NULL columns.
    nullable: true,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `(((EXTRACT(month FROM birth_date) * (100)::numeric) + EXTRACT(day FROM birth_date)))::smallint`,
  })
  birthMd!: number;

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

  /** The day 党龄 counts from: full membership, else joining + 1 year. */
  @Column({
    type: 'date',
    name: 'party_standing_from',
    nullable: true,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `COALESCE(full_membership_date, ((party_join_date + '1 year'::interval))::date)`,
  })
  partyStandingFrom!: string | null;

  @Column('int', { name: 'branch_id' })
  branchId!: number;

  @ManyToOne(() => BranchEntity)
  @JoinColumn({ name: 'branch_id', foreignKeyConstraintName: 'member_branch_id_fkey' })
  branch?: Relation<BranchEntity>;

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
