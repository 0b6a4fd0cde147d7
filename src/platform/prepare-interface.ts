import { createTranslator, pickInterfaceLanguage, type Translator } from '../i18n/translate';
import { getSettings } from '../storage/settings';

/**
 * Reads the settings and dresses `doc` for them: interface language and direction on <html>, the
 * chosen theme (none means the system's), the reader's text size. Returns the interface's texts.
 */
export async function prepareInterface(doc: Document): Promise<Translator> {
  const settings = await getSettings();
  const i18n = createTranslator(pickInterfaceLanguage(settings.interfaceLanguage, navigator.language));
  const html = doc.documentElement;
  html.lang = i18n.lang;
  html.dir = i18n.dir;
  if (settings.theme === 'system') delete html.dataset.theme;
  else html.dataset.theme = settings.theme;
  html.style.setProperty('--hibr-body-size', `${settings.fontSize}px`);
  doc.title = i18n.t('appName');
  return i18n;
}
