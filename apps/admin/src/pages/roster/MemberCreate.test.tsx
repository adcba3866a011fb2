import '../../test/resize-observer';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../../test/render';
import { ViewerTestProvider } from '../../test/viewer';
import MemberCreate from './MemberCreate';
import { TownshipsDocument } from './queries';
import { TOWNSHIPS } from './test-fixtures';

function renderCreate() {
  return renderScreen(
    <ViewerTestProvider role="ADMIN">
      <MemberCreate />
    </ViewerTestProvider>,
    {
      route: '/roster/new',
      mocks: [
        { request: { query: TownshipsDocument }, result: { data: { townships: TOWNSHIPS } } },
      ],
    },
  );
}

describe('the new-member form', () => {
  it('points out a mistyped ID number on the field, before anything is sent', async () => {
    renderCreate();
    const idCard = screen.getByLabelText('身份证号');
    // The check digit of 43092319311225168… is 9, not 8.
    await userEvent.click(idCard);
    await userEvent.paste('430923193112251688');
    await userEvent.tab();
    expect(await screen.findByText('身份证号校验位不正确，请核对')).toBeInTheDocument();

    await userEvent.clear(idCard);
    await userEvent.paste('430923193112251689');
    await waitFor(() =>
      expect(screen.queryByText('身份证号校验位不正确，请核对')).not.toBeInTheDocument(),
    );
  });

  it('reads the birth date and gender from the ID number', async () => {
    renderCreate();
    await userEvent.click(screen.getByLabelText('身份证号'));
    await userEvent.paste('430923193112251689');
    await waitFor(() => expect(screen.getByLabelText('出生日期')).toHaveValue('1931-12-25'));
    expect(screen.getByLabelText('女')).toBeChecked();
  });

  it('checks a typed birth date against the ID number', async () => {
    renderCreate();
    await userEvent.type(screen.getByLabelText('出生日期'), '1932-01-01{enter}');
    await userEvent.click(screen.getByLabelText('身份证号'));
    await userEvent.paste('430923193112251689');
    expect(
      await screen.findByText('出生日期与身份证号不一致（身份证号中为 1931-12-25）'),
    ).toBeInTheDocument();
  });

  it('does not call a new member a party member until told, then asks for the dates', async () => {
    renderCreate();
    const partyMember = screen.getByRole('switch', { name: '中共党员' });
    expect(partyMember).not.toBeChecked();
    expect(screen.queryByLabelText('入党日期')).not.toBeInTheDocument();
    await userEvent.click(partyMember);
    expect(partyMember).toBeChecked();
    expect(await screen.findByLabelText('入党日期')).toBeInTheDocument();
  });

  it('asks for what is required when saved empty', async () => {
    renderCreate();
    await userEvent.click(screen.getByText(/^保\s*存$/));
    expect(await screen.findByText('请填写姓名')).toBeInTheDocument();
    expect(screen.getByText('请选择所在党支部')).toBeInTheDocument();
    expect(screen.getByText('请填写身份证号')).toBeInTheDocument();
    expect(screen.getByText('请选择离退休类型')).toBeInTheDocument();
  });

  it('refuses a phone number that is neither a mobile nor a landline', async () => {
    renderCreate();
    await userEvent.type(screen.getByLabelText('联系电话'), '12345');
    await userEvent.tab();
    expect(await screen.findByText(/请输入 11 位手机号/)).toBeInTheDocument();
  });
});
