import type { FormInstance } from 'antd';

export interface UserErrorLike {
  field: readonly string[];
  message: string;
  code: string;
}

/**
 * Shows a mutation's userErrors on the form fields they name; returns those that name no field
 * of the form, for a message above it.
 */
export function applyUserErrors(
  form: FormInstance,
  errors: readonly UserErrorLike[],
): UserErrorLike[] {
  const names = new Set(Object.keys(form.getFieldsValue(true) as object));
  const unplaced: UserErrorLike[] = [];
  const byField = new Map<string, string[]>();
  for (const error of errors) {
    const name = error.field[0];
    if (name && names.has(name)) byField.set(name, [...(byField.get(name) ?? []), error.message]);
    else unplaced.push(error);
  }
  form.setFields([...byField].map(([name, messages]) => ({ name, errors: messages })));
  return unplaced;
}
