import { ENUM_LABELS, type EnumValue, type LabelledEnum, type Locale } from '@wanxia/schema';
import { defineMessages } from './define';

type EnumKey = { [E in LabelledEnum]: `enum.${E}.${EnumValue<E>}` }[LabelledEnum];

function enumMessages(locale: Locale): Record<EnumKey, string> {
  const entries = Object.entries(ENUM_LABELS).flatMap(([name, values]) =>
    Object.entries(values).map(([value, label]) => [`enum.${name}.${value}`, label[locale]]),
  );
  return Object.fromEntries(entries) as Record<EnumKey, string>;
}

/** The contract's enum labels as messages, `enum.Gender.MALE` and so on. */
export default defineMessages(enumMessages('zh-CN'), enumMessages('en-US'));
