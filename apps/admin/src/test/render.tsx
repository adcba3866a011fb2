import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter } from 'react-router';
import { StyleProvider } from '@ant-design/cssinjs';
import { createCache } from '../app/apollo';
import { I18nProvider } from '../app/i18n';
import { FeedbackProvider } from '../components/feedback';
import type { Locale } from '../locales';

/**
 * Renders a screen as a person would meet it: translated, routed, with answers to its queries,
 * messages and dialogs.
 */
export function renderScreen(
  ui: ReactElement,
  {
    mocks = [],
    route = '/',
    locale = 'zh-CN',
  }: { mocks?: MockLink.MockedResponse[]; route?: string; locale?: Locale } = {},
) {
  return render(
    // Ant Design's styles are collected, not injected: with hundreds of style tags in the
    // document every role query recomputes styles, and the suite ran ten times slower.
    <StyleProvider mock="server">
      <MockedProvider mocks={mocks} cache={createCache()}>
        <I18nProvider locale={locale}>
          <FeedbackProvider>
            <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
          </FeedbackProvider>
        </I18nProvider>
      </MockedProvider>
    </StyleProvider>,
  );
}
