import { screen } from '@testing-library/react';
import { renderScreen } from '../../test/render';
import { DuplicateMemberNotice } from './DuplicateMemberNotice';
import { MemberWithIdCardDocument } from './queries';

describe('the notice of an ID number already on the roster', () => {
  it('names who holds it, with a link to that person', async () => {
    renderScreen(<DuplicateMemberNotice idCardNumber="430923193112251689" />, {
      mocks: [
        {
          request: {
            query: MemberWithIdCardDocument,
            variables: { idCardNumber: '430923193112251689' },
          },
          result: {
            data: {
              members: {
                __typename: 'MemberConnection',
                nodes: [
                  {
                    __typename: 'Member',
                    id: 'TWVtYmVyOjQy',
                    name: '陈菊平',
                    status: 'ACTIVE',
                    branch: { __typename: 'Branch', id: 'QnJhbmNoOjE=', name: '教育局退休党支部' },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('该身份证号已登记在册：陈菊平（教育局退休党支部）');
    expect(screen.getByRole('link', { name: '陈菊平（教育局退休党支部）' })).toHaveAttribute(
      'href',
      '/roster/TWVtYmVyOjQy',
    );
  });
});
