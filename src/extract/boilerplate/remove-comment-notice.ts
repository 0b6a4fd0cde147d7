import { isBlank, wordsExceed } from '../../text/text-prefix';
import { elementsUnder } from './elements-under';

/** Comment widgets by class or id: «fb-comments», «comments», «disqus_thread», «comment-form». */
const COMMENT_WIDGET = /(?:^|[\s_-])(?:fb-comments|comments|comment-form|commentlist|disqus_thread)(?:$|[\s_-])/i;
/**
 * How a notice to commenters speaks of comments: «التعليقات» (al-ta'liqat, the comments),
 * «تعليقك» / «تعليقاتكم» (your comment(s)), Persian «نظرات» / «دیدگاه‌ها» (comments), Urdu «تبصرے»
 * (comments), Hebrew «תגובות» (comments), English «comments». Not the singular «التعليق» of news
 * prose («رفض التعليق», "declined to comment").
 */
const ABOUT_COMMENTING = /التعليقات|تعليقك|تعليقاتك|تعليقاتكم|نظرات|دیدگاه‌ها|تبصرے|תגובות|comments/i;
/** A widget drawn by a script is empty in the page; one with its comments in it is not a notice's neighbour. */
const MAX_WIDGET_WORDS = 20;
/** A notice before comments is a few sentences; a longer block is the article itself. */
const MAX_NOTICE_WORDS = 80;

function previousWithText(element: Element): Element | null {
  let previous = element.previousElementSibling;
  while (previous && isBlank(previous)) previous = previous.previousElementSibling;
  return previous;
}

function isCommentWidget(element: Element): boolean {
  return COMMENT_WIDGET.test(`${element.getAttribute('class') ?? ''} ${element.id}`);
}

/**
 * Removes the notice that sits right before a comment widget («ترحب شبكة CNN بالنقاش الحيوي …
 * مراجعة التعليقات قبل نشرها», "CNN welcomes lively debate … reviewing comments before they are
 * published"): Readability drops the widget by its class but keeps the notice, which has none,
 * inside the article. Place and wording must agree: a short block, next to an empty widget,
 * that speaks to commenters.
 */
export function removeCommentNotices(doc: Document): void {
  for (const widget of elementsUnder(doc, isCommentWidget)) {
    if (wordsExceed(widget, MAX_WIDGET_WORDS)) continue;
    const notice = previousWithText(widget);
    if (!notice || wordsExceed(notice, MAX_NOTICE_WORDS)) continue;
    if (ABOUT_COMMENTING.test(notice.textContent ?? '')) notice.remove();
  }
}
