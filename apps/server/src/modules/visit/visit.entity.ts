import {
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
import { VisitTaskEntity } from './visit-task.entity';

/** A visit made; it completes at most one task (`late` when after the task's window). */
@Entity('visit')
@Unique('visit_task_id_key', ['taskId'])
@Index('visit_member_idx', ['memberId', 'visitedOn'])
@Index('visit_date_idx', ['visitedOn', 'id'])
@Index('visit_occasion_idx', ['occasion', 'visitedOn'])
@Index('visit_follow_up_idx', ['visitedOn'], { where: 'follow_up_needed' })
@Index('visit_late_idx', ['visitedOn', 'id'], { where: 'late' })
export class VisitEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'visit_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('varchar', { length: 20 })
  occasion!: string;

  @Column('date', { name: 'visited_on' })
  visitedOn!: string;

  @Column('varchar', { length: 200 })
  visitors!: string;

  @Column('varchar', { length: 200, nullable: true })
  place!: string | null;

  @Column('text', { nullable: true })
  summary!: string | null;

  @Column('varchar', { length: 200, nullable: true })
  gifts!: string | null;

  @Column('boolean', { name: 'follow_up_needed', default: false })
  followUpNeeded!: boolean;

  @Column('text', { name: 'follow_up_note', nullable: true })
  followUpNote!: string | null;

  @Column('int', { name: 'task_id', nullable: true })
  taskId!: number | null;

  @ManyToOne(() => VisitTaskEntity)
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'visit_task_id_fkey' })
  task?: Relation<VisitTaskEntity>;

  @Column('boolean', { default: false })
  late!: boolean;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
