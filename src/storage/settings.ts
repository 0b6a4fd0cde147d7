import { storage } from 'wxt/utils/storage';
import { runStorage, type StorageResult } from './storage-result';

export type Theme = 'system' | 'light' | 'dark';
/** 'auto' follows the browser's language. */
export type InterfaceLanguage = 'auto' | 'ar' | 'en';

export interface Settings {
  theme: Theme;
  interfaceLanguage: InterfaceLanguage;
  /** Reader text size in CSS pixels, within FONT_SIZE_RANGE. */
  fontSize: number;
}

export const FONT_SIZE_RANGE = { min: 14, max: 28 } as const;
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  theme: 'system',
  interfaceLanguage: 'auto',
  fontSize: 19,
});

const THEMES: readonly string[] = ['system', 'light', 'dark'] satisfies Theme[];
const INTERFACE_LANGUAGES: readonly string[] = ['auto', 'ar', 'en'] satisfies InterfaceLanguage[];

/**
 * The one declaration of the settings item. `local:`, not `sync:`: sync allows only a few writes a
 * minute, which dragging the font-size slider would exceed. Version 1 is the first shape (WXT takes a
 * value with no version mark as version 1); version 2 adds `migrations: { 2: (v1: unknown) => … }`
 * here, with a test that writes the v1 value raw. parseSettings still checks what a migration returns.
 */
const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && THEMES.includes(value);
}

function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && INTERFACE_LANGUAGES.includes(value);
}

export function clampFontSize(size: number): number {
  return Math.min(FONT_SIZE_RANGE.max, Math.max(FONT_SIZE_RANGE.min, size));
}

/** Settings from any stored value. A missing or wrong field falls back alone: one bad field keeps the others. */
export function parseSettings(value: unknown): Settings {
  const fields: Record<string, unknown> = typeof value === 'object' && value !== null ? { ...value } : {};
  const { theme, interfaceLanguage, fontSize } = fields;
  return {
    theme: isTheme(theme) ? theme : DEFAULT_SETTINGS.theme,
    interfaceLanguage: isInterfaceLanguage(interfaceLanguage) ? interfaceLanguage : DEFAULT_SETTINGS.interfaceLanguage,
    fontSize:
      typeof fontSize === 'number' && Number.isFinite(fontSize) ? clampFontSize(fontSize) : DEFAULT_SETTINGS.fontSize,
  };
}

/** The current settings. Never fails: if storage cannot be read, the reader still opens, with the defaults. */
export async function getSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Merges `changes` into the stored settings, checked and clamped as on reading; returns what was stored. */
export async function updateSettings(changes: Partial<Settings>): Promise<StorageResult<Settings>> {
  return runStorage(async () => {
    // A field given as undefined means "unchanged", not "back to the default".
    const given = Object.entries(changes).filter(([, value]) => value !== undefined);
    const next = parseSettings({ ...parseSettings(await settingsItem.getValue()), ...Object.fromEntries(given) });
    await settingsItem.setValue(next);
    return next;
  });
}

/** Calls `onChange` with checked settings whenever any extension page changes them; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
