import { countWords } from '../reading-time';

/**
 * Fields that ask for an e-mail address: `type="email"`, or a text field named or labelled for one
 * («email», «البريد الإلكتروني» al-barid al-iliktruni, Persian «ایمیل» imeil).
 */
const EMAIL_FIELD =
  'input[type="email" i], input[name*="mail" i], input[id*="mail" i], input[placeholder*="mail" i], input[placeholder*="البريد"], input[placeholder*="ایمیل"]';
/** Class or id of a sign-up box: «newsletter-signup», «subscribe-box», «nl-form», «mailing-list». */
const SIGNUP_BOX_NAME = /newsletter|subscri|sign-?up|mailing|(?:^|[\s_-])nl(?:$|[\s_-])/i;
/** A sign-up box is a title, a line of pitch, the field and its small print; more text is the page around it. */
const MAX_BOX_WORDS = 50;

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
  for (const field of Array.from(doc.querySelectorAll(EMAIL_FIELD))) {
    if (!field.isConnected) continue;
    let widest: Element | null = null;
    for (let box = field.parentElement; box && box !== doc.body; box = box.parentElement) {
      if (countWords(box.textContent ?? '') > MAX_BOX_WORDS) break;
      if (isSignupBox(box)) widest = box;
    }
    (widest ?? field.closest('form') ?? field).remove();
  }
}
