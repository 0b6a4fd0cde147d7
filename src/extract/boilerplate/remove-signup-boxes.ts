import { wordsExceed } from '../../text/text-prefix';

/** Upper-case ASCII letters: attribute selectors with the `i` flag ignore the case of these only. */
const ASCII_UPPER = /[A-Z]+/g;
/**
 * Placeholders that ask for an e-mail address besides «mail»: «البريد» (al-barid, "the mail", of
 * «البريد الإلكتروني») and Persian «ایمیل» (imeil).
 */
const MAIL_WORDS = ['البريد', 'ایمیل'];
/** Class or id of a sign-up box: «newsletter-signup», «subscribe-box», «nl-form», «mailing-list». */
const SIGNUP_BOX_NAME = /newsletter|subscri|sign-?up|mailing|(?:^|[\s_-])nl(?:$|[\s_-])/i;
/** A sign-up box is a title, a line of pitch, the field and its small print; more text is the page around it. */
const MAX_BOX_WORDS = 50;

function asciiLowerCase(value: string): string {
  return value.replace(ASCII_UPPER, (letters) => letters.toLowerCase());
}

/**
 * A field that asks for an e-mail address: `type="email"`, or a text field named or labelled for one.
 * The checks of `input[type="email" i], input[name*="mail" i], input[id*="mail" i],
 * input[placeholder*="mail" i]` and the placeholders in `MAIL_WORDS`, written out.
 */
function isEmailField(element: Element): boolean {
  const attribute = (name: string): string => asciiLowerCase(element.getAttribute(name) ?? '');
  const placeholder = element.getAttribute('placeholder') ?? '';
  return (
    attribute('type') === 'email' ||
    attribute('name').includes('mail') ||
    attribute('id').includes('mail') ||
    asciiLowerCase(placeholder).includes('mail') ||
    MAIL_WORDS.some((word) => placeholder.includes(word))
  );
}

/** `field.closest('form')`, walked up by hand: under jsdom a selector match costs milliseconds on a fresh page. */
function formAround(field: Element): Element | null {
  for (let element: Element | null = field; element; element = element.parentElement) {
    if (element.localName === 'form') return element;
  }
  return null;
}

function isSignupBox(element: Element): boolean {
  return SIGNUP_BOX_NAME.test(`${element.getAttribute('class') ?? ''} ${element.id}`);
}

/**
 * Removes newsletter sign-up boxes: the widest element around an e-mail field that is named as one
 * and holds only a few lines. Readability drops the form but keeps the pitch and the small print
 * around it («اشترك في النشرة البريدية …», «بالتسجيل، أنت توافق على سياسة الخصوصية», "by signing
 * up you agree to our privacy policy"). Without such a box, only the form goes.
 */
export function removeSignupBoxes(doc: Document): void {
  for (const field of Array.from(doc.getElementsByTagName('input')).filter(isEmailField)) {
    if (!field.isConnected) continue;
    let widest: Element | null = null;
    for (let box = field.parentElement; box && box !== doc.body; box = box.parentElement) {
      if (wordsExceed(box, MAX_BOX_WORDS)) break;
      if (isSignupBox(box)) widest = box;
    }
    (widest ?? formAround(field) ?? field).remove();
  }
}
