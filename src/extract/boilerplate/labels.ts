/**
 * Labels that head page furniture rather than article text, by kind, written as sites write them.
 * Matching normalises both sides (src/text/normalize-arabic.ts), so «اقرأ أيضاً» also stands for
 * «اقرأ أيضا», «إقرأ أيضا» and «اقرأ أيضًا»; Latin labels are matched in lower case.
 *
 * A label must open the block, and the word alone never condemns it: `maxRestWords` caps the words
 * (with a letter; numbers such as a comment count do not count) a block may have after its label,
 * and the other fields ask for links or a certain shape (see `labelBlockKind`).
 */
export interface LabelKind {
  labels: readonly string[];
  /** Most words with a letter a block may have after the label and still be this kind of furniture. */
  maxRestWords: number;
  /** The words after the label must be mostly links (or absent): the label is also a common word. */
  restIsLinks?: boolean;
  /** After a block that is only this label, the list of links that follows it goes too. */
  headsLinkList?: boolean;
  /**
   * A box of several blocks that starts with this label is furniture as a whole (within
   * `maxRestWords`); without it only a single paragraph, or a box that is mostly links, is.
   */
  wholeBox?: boolean;
  /** The block must hold a link or a picture (a store badge): the label alone also reads as a sentence. */
  needsButton?: boolean;
}

export type LabelKindName =
  | 'byline'
  | 'related'
  | 'tags'
  | 'share'
  | 'app'
  | 'newsletter'
  | 'ad'
  | 'commentForm'
  | 'comments'
  | 'prevNext'
  | 'pager'
  | 'reportError'
  | 'skipLink';

export const LABEL_KINDS: Readonly<Record<LabelKindName, LabelKind>> = {
  /**
   * A byline line left in the text: «بقلم» (bi-qalam, "by the pen of") and the screen-reader labels
   * «Author,» and «Role,» of BBC-style pages (with their comma: «Role of …» is a heading). The
   * reader shows the byline on its own.
   */
  byline: {
    labels: ['بقلم', 'author,', 'role,'],
    maxRestWords: 6,
  },
  /** "Read also", "see also", "related articles", "most read" boxes. */
  related: {
    labels: [
      'اقرأ أيضاً',
      'شاهد أيضاً',
      'طالع أيضاً',
      'اقرأ المزيد',
      'اقرأ أكثر',
      'مواضيع ذات صلة',
      'مقالات ذات صلة',
      'أخبار ذات صلة',
      'موضوعات ذات صلة',
      'الأخبار المرتبطة',
      'الأكثر قراءة',
      'الأكثر مشاهدة',
      'قد يهمك أيضاً',
      'قد يعجبك أيضاً',
      'قصص مقترحة',
      'اخترنا لكم',
      // Persian: «بیشتر بخوانید» read more, «مطالب مرتبط» / «اخبار مرتبط» related stories.
      'بیشتر بخوانید',
      'مطالب مرتبط',
      'اخبار مرتبط',
      // Persian «بخوانید» (bekhanid, "read:") before a linked headline.
      'بخوانید',
      // Urdu: «یہ بھی پڑھیں» read this too, «مزید پڑھیں» read more.
      'یہ بھی پڑھیں',
      'مزید پڑھیں',
      // Hebrew: «קראו גם» read also.
      'קראו גם',
      'read more',
      'related articles',
    ],
    maxRestWords: 25,
    headsLinkList: true,
  },
  /** Tag lists: «الوسوم» (al-wusum), «الكلمات الدالة» (key words) and the like, before links. */
  tags: {
    labels: [
      'الوسوم',
      'وسوم',
      'كلمات مفتاحية',
      'الكلمات المفتاحية',
      'الكلمات الدالة',
      // Persian «برچسب‌ها» (barchasb-ha, tags), also written with a space; Hebrew «תגיות» (tags).
      'برچسب‌ها',
      'برچسب ها',
      'תגיות',
      'tags',
    ],
    maxRestWords: 30,
    restIsLinks: true,
  },
  /** Share and follow bars. */
  share: {
    labels: [
      'شارك',
      'شارك المقال',
      'شارك الخبر',
      'شارك هذا المقال',
      'مشاركة',
      'تابعونا على',
      'تابعونا',
      'تابعوا',
      // Persian «اشتراک گذاری» share; Hebrew «שתפו» share.
      'اشتراک گذاری',
      'שתפו',
      'share',
      'follow us',
    ],
    maxRestWords: 12,
    restIsLinks: true,
  },
  /**
   * "Download the app" boxes, with their store buttons or badges: «حمل تطبيق» (hammil tatbiq, "download the
   * app") is spelt like «حُمّل تطبيق» ("an app was downloaded"), which opens sentences of tech news.
   */
  app: {
    labels: ['حمل تطبيق', 'حمل الآن تطبيق', 'حمل التطبيق', 'حمّل تطبيق', 'نزل تطبيق', 'نزّل تطبيق', 'download the app'],
    maxRestWords: 30,
    needsButton: true,
    wholeBox: true,
  },
  /** Newsletter sign-up boxes. */
  newsletter: {
    labels: [
      'اشترك في النشرة',
      'اشترك في نشرتنا',
      'اشترك في القائمة البريدية',
      'سجل في النشرة',
      'subscribe to our newsletter',
    ],
    maxRestWords: 30,
    wholeBox: true,
  },
  /** Advertisement labels: only a block that holds nothing but the label. */
  ad: {
    labels: [
      'إعلان',
      'إعلانات',
      'مساحة إعلانية',
      'advertisement',
      'advertisment',
      'sponsored',
      // Persian «تبلیغات», Urdu «اشتہار», Hebrew «פרסומת»: advertisement.
      'تبلیغات',
      'اشتہار',
      'פרסומת',
    ],
    maxRestWords: 0,
  },
  /** Calls to comment, which head a comment form. */
  commentForm: {
    labels: [
      'اترك رد',
      'اترك رداً',
      'اترك تعليقاً',
      'أضف تعليقك',
      'أضف تعليقاً',
      'أضف تعليق',
      'شاركنا رأيك',
      'اكتب تعليقك',
      // Persian «ارسال نظر» send a comment.
      'ارسال نظر',
      'leave a reply',
    ],
    maxRestWords: 3,
    wholeBox: true,
  },
  /** A comment section's heading: «التعليقات» (comments) is a common word, so only the bare label. */
  comments: {
    labels: [
      'التعليقات',
      'تعليقات',
      // Persian «نظرات» comments; Hebrew «תגובות» comments.
      'نظرات',
      'תגובות',
      'comments',
    ],
    maxRestWords: 0,
  },
  /** Links to the previous and next article, named as such. */
  prevNext: {
    labels: [
      'المقال السابق',
      'المقال التالي',
      'المقالة السابقة',
      'المقالة التالية',
      'الخبر السابق',
      'الخبر التالي',
      'الموضوع السابق',
      'الموضوع التالي',
      // Persian «خبر قبلی» previous story, «خبر بعدی» next story.
      'خبر قبلی',
      'خبر بعدی',
      'previous article',
      'next article',
    ],
    maxRestWords: 25,
    wholeBox: true,
  },
  /** «السابق» / «التالي» (previous / next) alone are common words: furniture only before a link. */
  pager: {
    labels: ['السابق', 'التالي'],
    maxRestWords: 25,
    restIsLinks: true,
  },
  /** "Report an error" links. */
  reportError: {
    labels: [
      'أبلغ عن خطأ',
      'الإبلاغ عن خطأ',
      'بلغ عن خطأ',
      'هل وجدت خطأ',
      // Persian «گزارش خطا» report an error.
      'گزارش خطا',
      // Hebrew «מצאתם טעות» found a mistake? (ynet: «מצאתם טעות בכתבה? כתבו לנו»).
      'מצאתם טעות',
      'report an error',
    ],
    maxRestWords: 10,
    wholeBox: true,
  },
  /**
   * Accessibility links that jump over a box: «تخطى قصص مقترحة وواصل القراءة» (takhatta, "skip
   * suggested stories and continue reading"). Visually hidden on the page, noise in a reader.
   */
  skipLink: {
    labels: ['تخطى', 'skip'],
    maxRestWords: 6,
    restIsLinks: true,
  },
};
