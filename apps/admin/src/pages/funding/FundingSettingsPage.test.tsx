import '../../test/resize-observer';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import type { FundingUpdateSettingsMutationVariables } from '../../gql/graphql';
import FundingSettingsPage from './FundingSettingsPage';
import { FundingSettingsDocument, UpdateFundingSettingsDocument } from './queries';

jest.setTimeout(60_000);
const SLOW = { timeout: 20_000 };

const settings = (version: number, cap: number | null) => ({
  __typename: 'FundingSettings',
  allowSelfApproval: false,
  condolenceYearlyCapFen: cap,
  secretariesSeeCountyLines: true,
  version,
});

describe('the funding settings', () => {
  it('saves the yearly cap typed in yuan as fen, with the version read', async () => {
    const sent: FundingUpdateSettingsMutationVariables[] = [];
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: FundingSettingsDocument },
        result: { data: { fundingSettings: settings(3, null) } },
      },
      {
        request: {
          query: UpdateFundingSettingsDocument,
          variables: (variables: FundingUpdateSettingsMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            updateFundingSettings: {
              __typename: 'FundingSettingsPayload',
              fundingSettings: settings(4, 300_000),
              userErrors: [],
            },
          },
        },
      },
      {
        request: { query: FundingSettingsDocument },
        result: { data: { fundingSettings: settings(4, 300_000) } },
      },
    ];
    renderScreen(
      <App>
        <ViewerTestProvider role="ADMIN">
          <FundingSettingsPage />
        </ViewerTestProvider>
      </App>,
      { mocks },
    );
    const cap = await screen.findByLabelText('每人每年慰问金上限（元）', {}, SLOW);
    expect(cap).toHaveValue('');
    await userEvent.type(cap, '3000');
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('经费设置已保存', {}, SLOW)).toBeInTheDocument();
    expect(sent).toEqual([
      {
        input: {
          expectedVersion: 3,
          allowSelfApproval: false,
          condolenceYearlyCapFen: 300_000,
          secretariesSeeCountyLines: true,
        },
      },
    ]);
  });
});
