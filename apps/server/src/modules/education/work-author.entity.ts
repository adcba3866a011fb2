import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { MemberEntity } from '../member/member.entity';
import { WorkEntity } from './work.entity';

/** An author of a work, from the roster, in the order the work names them (1 first). */
@Entity('work_author')
@Check('work_author_position_check', `position >= 1`)
@Unique('work_author_position_key', ['workId', 'position'])
@Index('work_author_member_idx', ['memberId'])
export class WorkAuthorEntity {
  @PrimaryColumn('int', { name: 'work_id' })
  workId!: number;

  @ManyToOne(() => WorkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'work_id', foreignKeyConstraintName: 'work_author_work_id_fkey' })
  work?: Relation<WorkEntity>;

  @PrimaryColumn('int', { name: 'member_id' })
  memberId!: number;

  @ManyToOne(() => MemberEntity)
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'work_author_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @Column('int')
  position!: number;
}
