/** Every text of Hibr's interface, in each interface language. Arabic is the reference. */
const ar = {
  appName: 'حبر',
  tabArticle: 'المقال',
  tabSaved: 'المحفوظات',
  loading: 'جارٍ تجهيز المقال…',
  save: 'حفظ',
  saving: 'جارٍ الحفظ…',
  saved: 'محفوظ',
  openInReader: 'افتح في صفحة القراءة',
  openOriginal: 'الصفحة الأصلية',
  delete: 'حذف',
  deleteArticle: 'حذف «{title}»',
  emptyLibrary: 'لا مقالات محفوظة بعد. اضغط «حفظ» على أي مقال لتجده هنا، حتى من دون اتصال.',
  savedOn: 'حُفظ {date}',
  restrictedPage: 'لا يستطيع حبر قراءة هذه الصفحة: المتصفح لا يسمح للإضافات بقراءة صفحاته الداخلية ولا متجر الإضافات.',
  pdfPage: 'هذه الصفحة ملف PDF، وحبر يقرأ صفحات المقالات على الويب.',
  notAnArticle:
    'لم يجد حبر مقالًا في هذه الصفحة. افتح مقالًا بعينه بدل الصفحة الرئيسية أو نتائج البحث، ثم اضغط الزر من جديد.',
  notAnArticleInFrame:
    'لم يجد حبر مقالًا في هذه الصفحة نفسها. حبر يقرأ الصفحة العليا فقط، والمقال هنا قد يكون داخل إطار مضمَّن: افتح الإطار في صفحة مستقلة ثم اضغط الزر.',
  tooLarge: 'هذه الصفحة أكبر من أن يقرأها حبر بأمان.',
  readFailed: 'تعذّرت قراءة هذه الصفحة. أعد تحميلها ثم حاول مجددًا.',
  quotaExceeded: 'لا مساحة كافية لحفظ المقال. احذف بعض المقالات المحفوظة ثم حاول مجددًا. لم يُحفظ شيء ناقص.',
  storageFailed: 'تعذّر الحفظ. لم يتغير شيء في مكتبتك؛ حاول مجددًا.',
  deleteFailed: 'تعذّر الحذف. المقال ما زال في مكتبتك؛ حاول مجددًا.',
  articleMissing: 'هذا المقال لم يعد في مكتبتك.',
  library: 'مكتبتك',
  byline: 'بقلم {name}',
  minutes_zero: 'أقل من دقيقة قراءة',
  minutes_one: 'دقيقة قراءة',
  minutes_two: 'دقيقتا قراءة',
  minutes_few: '{n} دقائق قراءة',
  minutes_many: '{n} دقيقة قراءة',
  minutes_other: '{n} دقيقة قراءة',
};

export type StringKey = keyof typeof ar;
export type Strings = Readonly<Record<StringKey, string>>;

const en: Strings = {
  appName: 'Hibr',
  tabArticle: 'Article',
  tabSaved: 'Saved',
  loading: 'Preparing the article…',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved',
  openInReader: 'Open in reader',
  openOriginal: 'Original page',
  delete: 'Delete',
  deleteArticle: 'Delete “{title}”',
  emptyLibrary: 'Nothing saved yet. Press “Save” on any article to find it here, even offline.',
  savedOn: 'Saved {date}',
  restrictedPage:
    "Hibr can't read this page: the browser doesn't let extensions read its own pages or the extension store.",
  pdfPage: 'This page is a PDF file; Hibr reads article pages on the web.',
  notAnArticle:
    'Hibr found no article on this page. Open a single article rather than a home page or search results, then press the button again.',
  notAnArticleInFrame:
    'Hibr found no article on this page itself. Hibr reads the top frame only, and the article here may be inside an embedded frame: open the frame in a page of its own, then press the button again.',
  tooLarge: 'This page is too large for Hibr to read safely.',
  readFailed: "This page couldn't be read. Reload it and try again.",
  quotaExceeded:
    'There is no room to save this article. Delete some saved articles and try again. Nothing was half-saved.',
  storageFailed: "The article couldn't be saved. Your library is unchanged; try again.",
  deleteFailed: "The article couldn't be deleted; it is still in your library. Try again.",
  articleMissing: 'This article is no longer in your library.',
  library: 'Your library',
  byline: 'By {name}',
  minutes_zero: 'Under a minute',
  minutes_one: '1 min read',
  minutes_two: '2 min read',
  minutes_few: '{n} min read',
  minutes_many: '{n} min read',
  minutes_other: '{n} min read',
};

export type InterfaceLanguage = 'ar' | 'en';

export const STRINGS: Readonly<Record<InterfaceLanguage, Strings>> = { ar, en };
