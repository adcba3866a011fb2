import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import { StyleProvider } from '@ant-design/cssinjs';
import { CalendarOutlined, DownOutlined } from '@ant-design/icons';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Locale, MessageKey } from '../locales';
import { loadedMessages } from '../locales/define';
import '../locales/common';
import { useCompact } from '../components/useCompact';

const KEY = 'wanxia.locale';

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** The message for `key`, with `{name}` placeholders filled in. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(KEY) : null;
  return stored === 'en-US' ? 'en-US' : 'zh-CN';
}

/** Chinese first; English when chosen, remembered across visits. */
export function I18nProvider({
  children,
  locale: fixed,
}: {
  children: ReactNode;
  locale?: Locale;
}) {
  const [locale, setLocaleState] = useState<Locale>(() => fixed ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(KEY, next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
    return {
      locale,
      setLocale,
      t: (key, values) =>
        (loadedMessages[locale][key] ?? loadedMessages['zh-CN'][key] ?? key).replace(
          /\{(\w+)\}/g,
          (_, name: string) => String(values?.[name] ?? `{${name}}`),
        ),
    };
  }, [locale, setLocale]);
  const compact = useCompact();
  return (
    <I18nContext.Provider value={value}>
      {/* The few rules Ant Design still writes at run time (icons) join its layer, below ours. */}
      <StyleProvider layer>
        <ConfigProvider
          locale={locale === 'zh-CN' ? zhCN : enUS}
          theme={{
            // Ant Design's rules come as CSS files made at build time (build/antd-styles.ts), not
            // from its CSS-in-JS at run time; it still writes the tokens below as CSS variables.
            zeroRuntime: true,
            hashed: false,
            // Darker than Ant Design's defaults where needed for WCAG AA contrast (axe checks it).
            token: {
              colorPrimary: '#c0390d',
              colorLink: '#c0390d',
              colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
              colorTextDescription: 'rgba(0, 0, 0, 0.6)',
              colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
              colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
              colorTextDisabled: 'rgba(0, 0, 0, 0.6)',
              colorError: '#cf1322',
              colorSuccess: '#237804',
              borderRadius: 6,
              fontSize: 14,
              // Touch targets of at least 44 px on phones and tablets.
              ...(compact ? { controlHeight: 44, controlHeightLG: 48, controlHeightSM: 36 } : {}),
            },
            components: compact ? { Menu: { itemHeight: 48 } } : undefined,
          }}
          // The field's label names it: screen readers skip the arrow ("down", "calendar").
          select={{ suffixIcon: <DownOutlined aria-hidden /> }}
          datePicker={{ suffixIcon: <CalendarOutlined aria-hidden /> }}
        >
          {children}
        </ConfigProvider>
      </StyleProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
