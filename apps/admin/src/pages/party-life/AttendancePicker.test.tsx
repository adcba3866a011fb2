import '../../test/resize-observer';
import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../../test/render';
import { AttendancePicker } from './AttendancePicker';
import { attendanceRows, participantsInput, type AttendanceRow } from './party-life-view';

jest.setTimeout(60_000);

/** The picker with its rows kept, as the form keeps them; `seen` gets every change. */
function Picker({ seen }: { seen: (rows: AttendanceRow[]) => void }) {
  const [rows, setRows] = useState(() =>
    attendanceRows(
      [
        { id: 'm1', name: '张建国' },
        { id: 'm2', name: '李秀英' },
      ],
      null,
    ),
  );
  return (
    <AttendancePicker
      rows={rows}
      onChange={(next) => {
        setRows(next);
        seen(next);
      }}
    />
  );
}

describe('the attendance picker', () => {
  it('starts with everyone present and asks an absence for its reason', async () => {
    const user = userEvent.setup();
    let last: AttendanceRow[] = [];
    renderScreen(<Picker seen={(rows) => (last = rows)} />);
    expect(screen.getByText('应到 2 人，实到 2 人')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: '李秀英 缺席原因' })).toBeNull();

    await user.click(screen.getByRole('combobox', { name: '李秀英 出勤' }));
    await user.click(await screen.findByTitle('缺席'));
    const reason = await screen.findByRole('textbox', { name: '李秀英 缺席原因' });
    await user.type(reason, '住院治疗');
    expect(screen.getByText('应到 2 人，实到 1 人')).toBeInTheDocument();
    expect(participantsInput(last)).toEqual([
      { memberId: 'm1', attendance: 'PRESENT' },
      { memberId: 'm2', attendance: 'ABSENT', absenceReason: '住院治疗' },
    ]);

    await user.click(screen.getByRole('button', { name: '全部出席' }));
    expect(screen.getByText('应到 2 人，实到 2 人')).toBeInTheDocument();
  });
});
