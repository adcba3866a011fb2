import { validate, type ValidationError } from 'class-validator';
import { ValidateBy } from 'class-validator';
import { UserErrorCode, userError, type UserError } from './user-error';

/**
 * Runs the class-validator rules of an input and turns them into userErrors. Each rule names
 * its code through `context: { code }`; rules without one report INVALID.
 */
export async function validateInput(input: object): Promise<UserError[]> {
  const errors = await validate(input, {
    skipMissingProperties: false,
    forbidUnknownValues: false,
  });
  return errors.flatMap((error) => toUserErrors(error, []));
}

function toUserErrors(error: ValidationError, parent: string[]): UserError[] {
  const field = [...parent, error.property];
  const own = Object.entries(error.constraints ?? {}).map(([name, message]) => {
    const code =
      (error.contexts?.[name]?.code as UserErrorCode | undefined) ?? UserErrorCode.INVALID;
    return userError(field, code, message);
  });
  // One message per field is enough for a person to fix it.
  return [
    ...own.slice(0, 1),
    ...(error.children ?? []).flatMap((child) => toUserErrors(child, field)),
  ];
}

export const REQUIRED = { context: { code: UserErrorCode.REQUIRED } };
export const TOO_LONG = { context: { code: UserErrorCode.TOO_LONG } };

/** Applies several property rules as one decorator. */
export function composeRules(...rules: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => rules.forEach((rule) => rule(target, property));
}

/** A text of at most `max` characters. */
export const MaxText = (max: number): PropertyDecorator =>
  ValidateBy(
    {
      name: 'maxText',
      constraints: [max],
      // Left out (an update that keeps it) is not too long: whether it is required is its own rule.
      validator: { validate: (value) => value == null || String(value).length <= max },
    },
    { message: `不能超过 ${max} 个字 (at most ${max} characters)`, ...TOO_LONG },
  );
