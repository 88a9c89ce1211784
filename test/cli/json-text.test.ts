import fc from 'fast-check';
import { readableJson } from '../../src/cli/json-text';

describe('JSON for people to read', () => {
  test('a row of scores stays on one line, a tổ too; a person with many fields is spread out', () => {
    const text = readableJson({
      teams: [{ id: 'T1', name: 'Tổ 1' }],
      staff: [
        {
          id: 'BH2-001',
          fullName: 'Nguyễn Thị Hoàng Trang',
          gender: 'nữ',
          birthDate: '1975-03-02',
          roleId: 'can-bo-quan-ly',
          position: 'Hiệu trưởng',
          teamId: 'T8',
        },
      ],
      table: {
        criteria: ['1.1', '1.2'],
        rows: [{ personId: 'BH2-001', roundId: 'D1', level: 'self', values: [9.5, null] }],
      },
    });
    expect(text).toBe(
      [
        '{',
        '  "teams": [',
        '    { "id": "T1", "name": "Tổ 1" }',
        '  ],',
        '  "staff": [',
        '    {',
        '      "id": "BH2-001",',
        '      "fullName": "Nguyễn Thị Hoàng Trang",',
        '      "gender": "nữ",',
        '      "birthDate": "1975-03-02",',
        '      "roleId": "can-bo-quan-ly",',
        '      "position": "Hiệu trưởng",',
        '      "teamId": "T8"',
        '    }',
        '  ],',
        '  "table": {',
        '    "criteria": ["1.1", "1.2"],',
        '    "rows": [',
        '      { "personId": "BH2-001", "roundId": "D1", "level": "self", "values": [9.5, null] }',
        '    ]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('fields left undefined are left out, as JSON.stringify leaves them out', () => {
    expect(readableJson({ a: 1, b: undefined, c: [undefined, 2] })).toBe('{ "a": 1, "c": [null, 2] }\n');
  });

  test('property: the text reads back as the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(readableJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
