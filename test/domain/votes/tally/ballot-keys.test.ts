import { ballotKeyAction } from '../../../../src/domain/votes/tally/ballot-keys';

const stroke = (
  key: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('which keys the ballot entry takes', () => {
  test('the mark keys, A, X, Enter and the arrows are the ballot’s; Ctrl+Z (or ⌘Z) undoes', () => {
    for (const key of [
      '1',
      '2',
      '0',
      ' ',
      'd',
      'Đ',
      'k',
      'a',
      'X',
      'Enter',
      'ArrowUp',
      'Backspace',
      'Escape',
    ]) {
      expect(ballotKeyAction(stroke(key))).toEqual({ kind: 'key', key });
    }
    expect(ballotKeyAction(stroke('z', { ctrlKey: true }))).toEqual({ kind: 'undo' });
    expect(ballotKeyAction(stroke('Z', { metaKey: true }))).toEqual({ kind: 'undo' });
  });

  test('Tab, letters the map does not know and browser shortcuts pass through', () => {
    expect(ballotKeyAction(stroke('Tab'))).toBeNull();
    expect(ballotKeyAction(stroke('q'))).toBeNull();
    expect(ballotKeyAction(stroke('a', { ctrlKey: true }))).toBeNull();
    expect(ballotKeyAction(stroke('1', { altKey: true }))).toBeNull();
  });
});
