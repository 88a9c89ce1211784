/** The projector's theme, remembered on this computer (a preference, not personal data). */
import { useCallback, useState } from 'react';
import type { BoardTheme } from './ProjectorBoard';

export const THEME_KEY = 'thidua.projector.theme';

export function rememberedTheme(): BoardTheme {
  try {
    return globalThis.localStorage?.getItem(THEME_KEY) === 'light' ? 'light' : 'dark';
  } catch {
    return 'dark';
  }
}

export function useProjectorTheme(): [BoardTheme, (theme: BoardTheme) => void] {
  const [theme, setState] = useState<BoardTheme>(rememberedTheme);
  const set = useCallback((next: BoardTheme) => {
    setState(next);
    try {
      globalThis.localStorage?.setItem(THEME_KEY, next);
    } catch {
      // Not remembered: the choice still holds until the view closes.
    }
  }, []);
  return [theme, set];
}
