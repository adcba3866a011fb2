import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Matches, MaxLength, MinLength } from 'class-validator';
import { Node } from '../../kernel/node';
import { ConnectionType } from '../../kernel/connection';
import { composeRules, MaxText, REQUIRED, TOO_LONG } from '../../kernel/validate-input';
import { UserErrorCode } from '../../kernel/user-error';
import { Permission, Role } from '../../kernel/access/permissions';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_MIX_PATTERN,
  USERNAME_PATTERN,
} from '@wanxia/schema';

registerEnumType(Role, { name: 'Role' });
registerEnumType(Permission, { name: 'Permission' });

export enum CallerKind {
  USER = 'USER',
  TOKEN = 'TOKEN',
}
registerEnumType(CallerKind, { name: 'CallerKind' });

@ObjectType({ implements: Node, description: 'A person who signs in to the console.' })
export class User extends Node {
  key!: number;
  branchId!: number | null;
  /** The bureau of an account not limited to a branch; null for the whole province. */
  bureauId!: number | null;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => GraphQLDateTime, { nullable: true })
  disabledAt!: Date | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
}

export const UserConnection = ConnectionType(User);

@ObjectType({ description: 'Who is asking, and what they may do.' })
export class Viewer {
  @Field(() => CallerKind)
  kind!: CallerKind;

  @Field(() => User, {
    nullable: true,
    description: 'The signed-in person; null for an API token.',
  })
  user!: User | null;

  @Field(() => String, { nullable: true, description: 'The API token’s name; null for a person.' })
  tokenName!: string | null;

  @Field(() => [Permission])
  permissions!: Permission[];

  scopeBranchKey!: number | null;
  scopeBureauKey!: number | null;
}

export const PasswordRules = () =>
  composeRules(
    MinLength(PASSWORD_MIN_LENGTH, {
      message: `密码至少 ${PASSWORD_MIN_LENGTH} 位 (at least ${PASSWORD_MIN_LENGTH} characters)`,
      context: { code: UserErrorCode.TOO_SHORT },
    }),
    MaxLength(PASSWORD_MAX_LENGTH, {
      message: `密码不超过 ${PASSWORD_MAX_LENGTH} 位 (at most ${PASSWORD_MAX_LENGTH} characters)`,
      ...TOO_LONG,
    }),
    Matches(PASSWORD_MIX_PATTERN, {
      message: '密码须同时包含字母和数字 (use letters and digits)',
      context: { code: UserErrorCode.TOO_WEAK },
    }),
  );

@InputType()
export class LoginInput {
  @Field()
  @MaxText(50)
  username!: string;

  @Field()
  @MaxLength(PASSWORD_MAX_LENGTH, { ...TOO_LONG })
  password!: string;

  @Field({
    defaultValue: false,
    description:
      'For browsers: keep the session in an HttpOnly cookie instead of returning the token. Requests it authenticates must send the `x-wanxia-csrf` header (or be JSON POSTs to /graphql).',
  })
  sessionCookie!: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword!: string;

  @Field()
  @PasswordRules()
  newPassword!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field()
  @Matches(/\S/, { message: '姓名不能为空 (display name is required)', ...REQUIRED })
  @MaxText(50)
  displayName!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

const UsernameRules = () =>
  composeRules(
    Matches(USERNAME_PATTERN, {
      message:
        '用户名为 3–50 位字母、数字或 _.-，以字母开头 (3–50 letters, digits or _.-, starting with a letter)',
    }),
  );

@InputType()
export class CreateUserInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The bureau (within your reach) whose subtree it is limited to; without one, your own bureau. Not with branchId.',
  })
  bureauId?: string | null;

  @Field()
  @UsernameRules()
  username!: string;

  @Field()
  @Matches(/\S/, { message: '姓名不能为空 (display name is required)', ...REQUIRED })
  @MaxText(50)
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, {
    nullable: true,
    description: 'Required for a SECRETARY: the branch they are responsible for.',
  })
  branchId?: string | null;

  @Field()
  @PasswordRules()
  password!: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field({ nullable: true })
  @MaxText(50)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => ID, { nullable: true })
  branchId?: string | null;

  @Field({ nullable: true, description: 'Disabling also ends every session of the user.' })
  disabled?: boolean;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => ID)
  id!: string;

  @Field()
  @PasswordRules()
  newPassword!: string;
}
