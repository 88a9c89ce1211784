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

export const LanguageContext = createContext<Language>('vi');

/** Panels keep their own strings (panels/<id>/strings.ts) in both languages and pick with this. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** `pick({ vi, en })` for a panel's own dictionary. */
export function usePanelStrings<T>(dictionary: Record<Language, T>): T {
  return dictionary[useLanguage()];
}

export type { Strings };
