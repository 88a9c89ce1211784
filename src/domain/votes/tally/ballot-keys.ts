/**
 * Which keystrokes the ballot entry takes: the domain's key map (DEFAULT_BALLOT_KEYS) plus Ctrl+Z for
 * undoing the last ballot. Anything else (Tab, shortcuts of the browser or of Excel) passes through.
 */
import { DEFAULT_BALLOT_KEYS, type BallotKeyMap } from '..';

export interface KeyStroke {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type BallotKeyAction = { kind: 'key'; key: string } | { kind: 'undo' } | null;

const KEY_LISTS: (keyof BallotKeyMap)[] = [
  'agree',
  'disagree',
  'blank',
  'allAgree',
  'invalid',
  'record',
  'up',
  'down',
  'erase',
  'clear',
];

export function ballotKeyAction(
  stroke: KeyStroke,
  keys: BallotKeyMap = DEFAULT_BALLOT_KEYS,
): BallotKeyAction {
  if ((stroke.ctrlKey || stroke.metaKey) && !stroke.altKey && stroke.key.toLowerCase() === 'z') {
    return { kind: 'undo' };
  }
  if (stroke.ctrlKey || stroke.metaKey || stroke.altKey) return null;
  const known = KEY_LISTS.some((list) => (keys[list] as string[]).includes(stroke.key));
  return known ? { kind: 'key', key: stroke.key } : null;
}
