import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kernel/context';
import { requireKey } from '../../kernel/global-id';
import { Permission } from '../../kernel/access/permissions';
import { memberExportOf, startMemberExport } from './member-exports';
import {
  MemberExport,
  StartMemberExportInput,
  StartMemberExportPayload,
} from './member-export.types';

@Resolver(() => MemberExport)
export class MemberExportResolver {
  @Authorized(Permission.MEMBERS_READ)
  @Mutation(() => StartMemberExportPayload, {
    description:
      'Starts writing the roster (as `members(filter:, orderBy:)` lists it) to .xlsx in the background; ask `memberExport(id)` until it is READY, then download it from its `downloadUrl`. Charged and limited as GET /api/members/export.xlsx is.',
  })
  async startMemberExport(
    @Ctx() ctx: Context,
    @Arg('input', () => StartMemberExportInput) input: StartMemberExportInput,
  ) {
    const { record, userErrors } = await startMemberExport(ctx, input);
    return { memberExport: record, userErrors };
  }

  @Authorized(Permission.MEMBERS_READ)
  @Query(() => MemberExport, {
    nullable: true,
    description: "A background export the caller started; anyone else's is null.",
  })
  async memberExport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
  ): Promise<MemberExport | null> {
    return memberExportOf(ctx, requireKey(id, 'MemberExport', 'id'));
  }
}
