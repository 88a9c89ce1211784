import type { Person } from '../../../src/domain/school/types';
import { personFormText, readPersonForm } from '../../../src/taskpane/panels/template/staff/person-form';

const others: Person[] = [
  {
    id: 'CB-001',
    fullName: 'Nguyễn Văn An',
    gender: 'nam',
    roleId: 'giao-vien',
    position: 'Giáo viên',
    teamId: 'to-1',
  },
];

describe('typing one person', () => {
  const blank = personFormText(undefined, '', 'giao-vien');

  test('a blank code gets the next free one', () => {
    const read = readPersonForm({ ...blank, fullName: 'Lê Thị Hà', team: 'Tổ 1' }, others);
    expect(read).toEqual({
      person: { id: 'CB-002', fullName: 'Lê Thị Hà', gender: 'nữ', roleId: 'giao-vien', position: '' },
      team: 'Tổ 1',
    });
  });

  test('every problem is named beside its field at once', () => {
    const read = readPersonForm(
      { ...blank, id: 'cb-001', birthDate: '31/02/1990', hireDate: '5/9/10' },
      others,
    );
    expect('errors' in read && read.errors).toEqual({
      fullName: 'Hãy nhập họ và tên.',
      id: 'Mã "cb-001" đã là mã của Nguyễn Văn An. Hãy chọn mã khác hoặc để trống để tự đặt mã.',
      team: 'Hãy nhập tổ của người này (ví dụ Tổ 1, Tổ Văn phòng).',
      birthDate: expect.stringContaining('31/02/1990'),
      hireDate: expect.stringContaining('4 chữ số'),
    });
  });

  test('dates typed dd/mm/yyyy are kept as ISO dates and shown back the same way', () => {
    const read = readPersonForm(
      { ...blank, fullName: 'Lê Thị Hà', team: 'Tổ 1', birthDate: '03/04/1990', hireDate: '5/9/2015' },
      others,
    );
    if (!('person' in read)) throw new Error('not read');
    expect(read.person).toMatchObject({ birthDate: '1990-04-03', hireDate: '2015-09-05' });
    const again = personFormText({ ...read.person, teamId: 'to-1' }, 'Tổ 1', 'giao-vien');
    expect([again.birthDate, again.hireDate]).toEqual(['03/04/1990', '05/09/2015']);
  });
});
