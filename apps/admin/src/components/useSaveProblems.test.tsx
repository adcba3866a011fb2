import { act, renderHook } from '@testing-library/react';
import { Form } from 'antd';
import { I18nProvider } from '../app/i18n';
import { useSaveProblems } from './useSaveProblems';

const stale = {
  field: ['expectedVersion'],
  code: 'STALE',
  message: '已被他人修改 (changed by someone else)',
};
const unplaced = { field: ['id'], code: 'NOT_FOUND', message: '未找到 (not found)' };

function setup(options?: Parameters<typeof useSaveProblems>[1]) {
  return renderHook(
    () => {
      const [form] = Form.useForm();
      return useSaveProblems(form, options);
    },
    { wrapper: ({ children }) => <I18nProvider locale="zh-CN">{children}</I18nProvider> },
  );
}

describe('useSaveProblems', () => {
  it('lists what names no field, in the reader’s language, and says whether all went well', () => {
    const { result } = setup();
    let ok = true;
    act(() => {
      ok = result.current.show([unplaced, stale]);
    });
    expect(ok).toBe(false);
    expect(result.current.problems).toEqual([
      '不存在或不在您的管理范围内',
      '记录已被他人修改，请刷新后重试',
    ]);
    expect(result.current.stale).toBeNull();
    act(() => {
      ok = result.current.show([]);
    });
    expect(ok).toBe(true);
  });

  it('keeps a STALE refusal apart when asked, and clears it all on reset', () => {
    const { result } = setup({ separateStale: true });
    act(() => void result.current.show([stale]));
    expect(result.current.stale).toBe('记录已被他人修改，请刷新后重试');
    expect(result.current.problems).toEqual([]);
    // A failure without a code (the network) is shown as it came.
    act(() => result.current.fail(new Error('Failed to fetch')));
    expect(result.current.problems).toEqual(['Failed to fetch']);
    act(() => result.current.reset());
    expect(result.current).toMatchObject({ problems: [], stale: null });
  });
});
