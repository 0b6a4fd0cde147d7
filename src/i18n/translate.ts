import { STRINGS, type InterfaceLanguage, type StringKey, type Strings } from './strings';

export interface Translator {
  lang: InterfaceLanguage;
  dir: 'rtl' | 'ltr';
  /** The text for `key`, with `{name}` placeholders filled from `values`. */
  t: (key: StringKey, values?: Readonly<Record<string, string | number>>) => string;
  /** «٥ دقائق قراءة» / «5 min read», with the language's plural rules. */
  readingTime: (minutes: number) => string;
  formatDate: (time: number | string) => string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => String(values[name] ?? whole));
}

/** The interface language: the setting when it names one, else the browser's when it is Arabic, else English. */
export function pickInterfaceLanguage(setting: 'auto' | InterfaceLanguage, browserLanguage: string): InterfaceLanguage {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function createTranslator(lang: InterfaceLanguage): Translator {
  const strings: Strings = STRINGS[lang];
  const plural = new Intl.PluralRules(lang);
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
  const t: Translator['t'] = (key, values = {}) => fill(strings[key], values);
  return {
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    t,
    readingTime: (minutes) => {
      const n = Math.max(0, Math.round(minutes));
      const category = n === 0 ? 'zero' : plural.select(n);
      return t(`minutes_${category}` as StringKey, { n: n.toLocaleString(lang) });
    },
    formatDate: (time) => {
      const date = new Date(time);
      return Number.isNaN(date.getTime()) ? '' : dates.format(date);
    },
  };
}
