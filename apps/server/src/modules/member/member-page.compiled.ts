import { maskOptionalPhone } from '../../kernel/access/mask';
import type { PageArgs } from '../../kernel/connection';
import type { Row } from '../../kernel/db/database';
import { answerConnection, planConnection } from '../../kernel/compiled/connection-answer';
import type { FieldCompiler } from '../../kernel/compiled/compiled-field';
import {
  compileRowAnswer,
  globalId,
  property,
  type AnswerType,
} from '../../kernel/compiled/row-answer';
import { BRANCH_ANSWER } from '../branch/branch.repository';
import { memberCriteria } from './member.filters';
import { listMembers, memberColumns } from './member.repository';
import type { MemberFilter, MemberOrder } from './member.types';

/**
 * The member fields a compiled read answers from a row: plain columns, and the phone masked as
 * its resolver masks it. Other masked fields (their reads are audited or need the caller) and
 * derived ones (age, partyYears, …) are left to their resolvers.
 */
export const MEMBER_ANSWER: AnswerType = {
  name: 'Member',
  fields: {
    id: globalId('Member'),
    name: property('name'),
    gender: property('gender'),
    ethnicity: property('ethnicity'),
    birthDate: property('birthDate'),
    status: property('status'),
    phone: (prefix) => {
      const phone = property('phone')(prefix);
      return (row) => maskOptionalPhone(phone(row) as string | null);
    },
  },
  // Joined as memberColumns joins it.
  joins: { branch: { type: () => BRANCH_ANSWER, nullable: false } },
};

interface MembersArgs extends PageArgs {
  filter?: MemberFilter | null;
  orderBy?: MemberOrder | null;
}

const noFields = { answer: () => null, selection: new Map() };

/**
 * The roster page (`members`) answered straight from its rows: the same statement as the
 * resolver's (listMembers with memberColumns: reach, filters, order, cursors), each row turned
 * into its answer by a reader compiled once per query.
 */
export const compileMembersPage: FieldCompiler = (field, fragments) => {
  const plan = planConnection(field, 'Member', fragments);
  if (!plan) return null;
  const node = plan.node ? compileRowAnswer(MEMBER_ANSWER, plan.node, fragments) : noFields;
  if (!node) return null;
  return async (ctx, args) => {
    const page = args as MembersArgs;
    const shape = {
      ...memberColumns(node.selection, 'm', '', ctx.reach),
      map: (row: Row) => node.answer(row),
    };
    const criteria = memberCriteria(page.filter);
    return answerConnection(
      plan,
      await listMembers(ctx.db, ctx, criteria, page.orderBy, page, shape),
    );
  };
};
