import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  getSettings,
  parseSettings,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../../src/storage/settings';

beforeEach(() => fakeBrowser.reset());

describe('getSettings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual({ theme: 'system', interfaceLanguage: 'auto', fontSize: 19 });
  });

  it('reads the version 1 value written raw', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 'dark', interfaceLanguage: 'ar', fontSize: 22 } });
    expect(await getSettings()).toEqual({ theme: 'dark', interfaceLanguage: 'ar', fontSize: 22 });
  });

  it('replaces each bad field with its default and keeps the good ones', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 'neon', interfaceLanguage: 'ar', fontSize: '22' } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, interfaceLanguage: 'ar' });
  });

  it('survives a stored value that is not an object', async () => {
    await fakeBrowser.storage.local.set({ settings: 'dark' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('parseSettings', () => {
  it.each([
    [8, 14],
    [14, 14],
    [28, 28],
    [40, 28],
    [Number.NaN, 19],
    [Number.POSITIVE_INFINITY, 19],
  ])('takes font size %s as %s', (fontSize, expected) => {
    expect(parseSettings({ fontSize }).fontSize).toBe(expected);
  });
});

describe('updateSettings', () => {
  it('stores the merged, clamped settings', async () => {
    await updateSettings({ theme: 'light' });
    const result = await updateSettings({ fontSize: 100, interfaceLanguage: undefined });
    expect(result).toEqual({ ok: true, value: { theme: 'light', interfaceLanguage: 'auto', fontSize: 28 } });
    // No `settings$` version mark yet: WXT takes a value without one as version 1 when migrating.
    const raw = await fakeBrowser.storage.local.get('settings');
    expect(raw).toEqual({ settings: { theme: 'light', interfaceLanguage: 'auto', fontSize: 28 } });
  });

  it('tells watchers, with checked settings', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await updateSettings({ theme: 'dark' });
    unwatch();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, theme: 'dark' }]);
  });
});
