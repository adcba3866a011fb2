import type { MessageKey } from '../../locales';
import { loadedMessages } from '../../locales/define';
import { EMPTY_RULE, ruleAudience, ruleInput, ruleRow, rulesInput, ruleSummary } from './rules';

const t = (key: MessageKey, values?: Record<string, string | number>) =>
  loadedMessages['zh-CN'][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name]));

describe('the standard as a rule table', () => {
  it('turns the yuan typed into whole fen, without a float', () => {
    expect(ruleInput({ ...EMPTY_RULE, gift: ' 慰问品一份 ', amountYuan: '500' })).toEqual({
      retirementType: null,
      minAge: null,
      tag: null,
      gift: '慰问品一份',
      amountFen: 50000,
    });
    // 0.1 + 0.2 yuan would not be 30 fen as a float; typed as text it is.
    expect(ruleInput({ ...EMPTY_RULE, gift: '米油', amountYuan: '0.30' })?.amountFen).toBe(30);
    expect(ruleInput({ ...EMPTY_RULE, gift: '米油', amountYuan: '1,280.05' })?.amountFen).toBe(
      128005,
    );
  });

  it('keeps what a line asks for, and reads an empty sum as a gift only', () => {
    expect(
      ruleInput({
        retirementType: 'LIXIU',
        minAge: 90,
        tag: ' 困难 ',
        gift: '慰问品',
        amountYuan: null,
      }),
    ).toEqual({ retirementType: 'LIXIU', minAge: 90, tag: '困难', gift: '慰问品', amountFen: 0 });
  });

  it('refuses the whole table when a sum is not an amount of yuan', () => {
    const good = { ...EMPTY_RULE, gift: '慰问品', amountYuan: '300' };
    expect(rulesInput([good, { ...good, amountYuan: '3.001' }])).toBeNull();
    expect(rulesInput([good, { ...good, amountYuan: 'abc' }])).toBeNull();
    expect(rulesInput([good, good])).toHaveLength(2);
  });

  it('shows a stored rule in yuan again, and back to the same fen', () => {
    const rule = {
      retirementType: 'TUIXIU' as const,
      minAge: 80,
      tag: null,
      gift: '慰问金',
      amountFen: 80050,
    };
    expect(ruleRow(rule)).toEqual({
      retirementType: 'TUIXIU',
      minAge: 80,
      tag: '',
      gift: '慰问金',
      amountYuan: '800.50',
    });
    expect(ruleInput(ruleRow(rule))).toEqual(rule);
  });

  it('says whom a line is for', () => {
    const rule = {
      retirementType: 'LIXIU' as const,
      minAge: 90,
      tag: '困难',
      gift: '慰问金',
      amountFen: 100000,
    };
    expect(ruleAudience(rule, t)).toBe('离休 · 90 岁及以上 · 困难');
    expect(ruleSummary({ ...rule, retirementType: null, minAge: null, tag: null }, t)).toBe(
      '其他人员：慰问金，¥1,000.00',
    );
  });
});
