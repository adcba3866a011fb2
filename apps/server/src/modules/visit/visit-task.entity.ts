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
import { MemberEntity } from '../member/member.entity';
import { LifeEventEntity } from './life-event.entity';

/** A visit owed: one per member, occasion and occurrence, with its window. */
@Entity('visit_task')
@Check(
  'visit_task_occasion_check',
  `occasion IN ('HOLIDAY', 'HOSPITALIZATION', 'DECADE_BIRTHDAY', 'BEREAVEMENT', 'DISPUTE', 'DISASTER')`,
)
@Check(
  'visit_task_status_check',
  `status IN ('OPEN', 'DONE', 'MISSED', 'WAIVED', 'NOT_APPLICABLE')`,
)
@Check('visit_task_check', `due_by >= due_from`)
@Unique('visit_task_occurrence_key', ['memberId', 'occasion', 'occurrenceKey'])
@Index('visit_task_due_idx', ['status', 'dueBy', 'id'])
@Index('visit_task_occasion_idx', ['occasion', 'dueBy'])
@Index('visit_task_member_idx', ['memberId', 'dueBy'])
@Index('visit_task_trigger_idx', ['triggerDate'])
@Index('visit_task_opens_idx', ['dueFrom'])
@Index('visit_task_life_event_idx', ['lifeEventId'], { where: 'life_event_id IS NOT NULL' })
// With INCLUDE columns, which TypeORM cannot declare (see db/entities.spec.ts):
// (due_by) INCLUDE (occasion, status, done_late, member_id, branch_id) for coverage.
@Index('visit_task_coverage_idx', { synchronize: false })
export class VisitTaskEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'visit_task_member_id_fkey' })
  member?: Relation<MemberEntity>;

  /** The member's branch, kept by the database (migration 1764372730000) for coverage counts. */
  @Column('int', { name: 'branch_id' })
  branchId!: number;

  @Column('varchar', { length: 20 })
  occasion!: string;

  @Column('varchar', { name: 'occurrence_key', length: 40 })
  occurrenceKey!: string;

  @Column('date', { name: 'trigger_date' })
  triggerDate!: string;

  @Column('date', { name: 'due_from' })
  dueFrom!: string;

  @Column('date', { name: 'due_by' })
  dueBy!: string;

  @Column('varchar', { length: 20, default: 'OPEN' })
  status!: string;

  @Column('int', { name: 'life_event_id', nullable: true })
  lifeEventId!: number | null;

  @ManyToOne(() => LifeEventEntity)
  @JoinColumn({ name: 'life_event_id', foreignKeyConstraintName: 'visit_task_life_event_id_fkey' })
  lifeEvent?: Relation<LifeEventEntity>;

  @Column('date', { name: 'done_on', nullable: true })
  doneOn!: string | null;

  @Column('boolean', { name: 'done_late', nullable: true })
  doneLate!: boolean | null;

  @Column('text', { name: 'waived_reason', nullable: true })
  waivedReason!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
