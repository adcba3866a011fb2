import { Field, Int, ObjectType } from 'type-graphql';
import { WorkStats } from './work.types';
import { LectureOrderStateCount } from './lecture.types';

@ObjectType({
  description: 'A year’s learning and education (学习教育), from the records in reach.',
})
export class EducationStats {
  @Field(() => Int, {
    description: 'Party-education sessions held (the same figure as partyLife.educationSessions).',
  })
  educationSessions!: number;

  @Field(() => Int, {
    description: 'People at them (the same figure as partyLife.educationAttendees).',
  })
  educationAttendees!: number;

  @Field(() => [LectureOrderStateCount], {
    description:
      'Lectures the branches ordered (点单) in the year, by where they stand now; every state, in order.',
  })
  lectureOrders!: LectureOrderStateCount[];

  @Field(() => Int, { description: 'Topic lectures held (专题讲座).' })
  topicLectures!: number;

  @Field(() => Int, {
    description:
      'Members ranked in the province’s top eight (全省前八名) of the learning platform in some month of the year.',
  })
  provinceTopLearners!: number;

  @Field(() => WorkStats)
  works!: WorkStats;
}
