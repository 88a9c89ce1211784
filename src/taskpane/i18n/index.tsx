import { createContext, useContext } from 'react';
import { en } from './en';
import { vi, type Strings } from './vi';

export type Language = 'vi' | 'en';

/** Vietnamese unless Office says the user reads another language. */
export function chooseLanguage(displayLanguage: string | undefined): Language {
  if (!displayLanguage) return 'vi';
  return displayLanguage.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export const dictionaries: Record<Language, Strings> = { vi, en };

export const StringsContext = createContext<Strings>(vi);

export function useStrings(): Strings {
  return useContext(StringsContext);
}

export type { Strings };
