import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { DateScalar } from '../../graphql/scalars';
import { UserError } from '../../graphql/user-error';
import { VisitOccasion } from './occasions';

registerEnumType(VisitOccasion, { name: 'VisitOccasion' });

export enum VisitTaskStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  MISSED = 'MISSED',
  WAIVED = 'WAIVED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(VisitTaskStatus, { name: 'VisitTaskStatus' });

@ObjectType({
  implements: Node,
  description: 'A visit owed to a member (六个必访), with the window it is due in.',
})
export class VisitTask extends Node {
  key!: number;
  memberId!: number;

  @Field(() => VisitOccasion)
  occasion!: VisitOccasion;

  @Field({
    description:
      'What the visit is for: the year of a birthday, `SPRING_FESTIVAL:2027`, `event:12`.',
  })
  occurrenceKey!: string;

  @Field(() => DateScalar, {
    description: 'The holiday, the birthday, or the day the event was reported.',
  })
  triggerDate!: string;

  @Field(() => DateScalar)
  dueFrom!: string;

  @Field(() => DateScalar)
  dueBy!: string;

  @Field(() => VisitTaskStatus)
  status!: VisitTaskStatus;

  @Field(() => DateScalar, { nullable: true })
  doneOn!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Done after its window closed.' })
  doneLate!: boolean | null;

  @Field(() => String, { nullable: true })
  waivedReason!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;
}

export const VisitTaskConnection = ConnectionType(VisitTask);

@InputType()
export class VisitTaskFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Members of this branch and every branch below it.',
  })
  branchSubtree?: string | null;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => [VisitOccasion], { nullable: true })
  occasion?: VisitOccasion[] | null;

  @Field(() => [VisitTaskStatus], { nullable: true })
  status?: VisitTaskStatus[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Due by this day or later.' })
  dueFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Due by this day or earlier.' })
  dueTo?: string | null;

  @Field({
    nullable: true,
    description: 'Open tasks whose window has closed (today in China time).',
  })
  overdue?: boolean;
}

@InputType()
export class GenerateVisitTasksInput {
  @Field(() => DateScalar, { description: 'Create the birthday and holiday tasks up to this day.' })
  until!: string;
}

@ObjectType()
export class GenerateVisitTasksPayload {
  @Field(() => Int, { nullable: true, description: 'Holiday tasks created by this run.' })
  holidayTasks!: number | null;

  @Field(() => Int, { nullable: true, description: 'Decade-birthday tasks created by this run.' })
  decadeBirthdayTasks!: number | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
