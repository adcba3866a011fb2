import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ApiFileError } from './api-file';
import { errorMessage, localizeUserErrors } from './server-message';

describe('what the server refused, in the reader’s language', () => {
  it('shows a user error by its code, not by the server’s bilingual text', () => {
    const errors = [
      { field: ['name'], code: 'DUPLICATE', message: '同一上级下已有同名组织 (a sibling…)' },
      { field: ['x'], code: 'NEW_CODE', message: '新的情况 (something new)' },
    ];
    expect(localizeUserErrors(errors, 'en-US').map((e) => e.message)).toEqual([
      'Duplicates an existing record',
      '新的情况 (something new)',
    ]);
    expect(localizeUserErrors(errors, 'zh-CN')[0]).toEqual({
      ...errors[0],
      message: '与已有记录重复',
    });
  });

  it('reads the code of a GraphQL error and of an /api refusal', () => {
    const graphql = new CombinedGraphQLErrors({
      errors: [{ message: '请求过于频繁 (slow down)', extensions: { code: 'RATE_LIMITED' } }],
    });
    expect(errorMessage(graphql, 'en-US')).toBe('Too many requests: try again shortly');
    const file = new ApiFileError(400, 'MISSING_COLUMNS', '缺少必填列：姓名 (missing: 姓名)');
    expect(errorMessage(file, 'zh-CN')).toBe('缺少必填列');
    expect(errorMessage(new TypeError('Failed to fetch'), 'zh-CN')).toBe('Failed to fetch');
  });
});
