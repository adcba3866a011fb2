import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Permission } from '../../kernel/access/permissions';
import type { Context } from '../../kernel/context';
import { Disbursement } from '../funding/funding.types';
import { Visit } from './visit.types';

/** Sums paid on a visit, both ways: visits pay through funding, funding knows no visit. */
@Resolver(() => Visit)
export class VisitPaymentsResolver {
  @Authorized(Permission.FUNDING_READ)
  @FieldResolver(() => [Disbursement], { description: 'Sums paid on the visit.' })
  payments(@Root() visit: Visit, @Ctx() ctx: Context) {
    return ctx.loaders.paymentsOfVisit.load(visit.key);
  }
}

@Resolver(() => Disbursement)
export class DisbursementVisitResolver {
  @FieldResolver(() => Visit, { nullable: true })
  visit(@Root() d: Disbursement, @Ctx() ctx: Context) {
    return d.visitId == null ? null : ctx.loaders.visit.load(d.visitId);
  }
}
