import { createContext, useContext } from 'react';
import { en } from './en';
import { vi, type Strings } from './vi';

export type Language = 'vi' | 'en';

/**
 * Vietnamese by default; English when Office's display language is English. Any other language keeps
 * Vietnamese, the users' own, rather than a second language they may not read either.
 */
export function chooseLanguage(displayLanguage: string | undefined): Language {
  if (!displayLanguage) return 'vi';
  return displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

const LANGUAGE_KEY = 'thidua.language';

/** The language the user picked with the switch in the pane, if any (not personal data). */
export function savedLanguage(): Language | undefined {
  try {
    const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY);
    return value === 'vi' || value === 'en' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveLanguage(language: Language): void {
  try {
    if (typeof localStorage !== 'undefined') localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Refused storage: the switch still works for this session.
  }
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
