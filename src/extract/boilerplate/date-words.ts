import { normalizeArabic } from '../../text/normalize-arabic';

/**
 * Words a dateline or an article's information line is made of, besides numbers: month and day
 * names, time and counter words. Written as pages write them; compared normalised.
 */
const DATE_LINE_WORDS: readonly string[] = [
  // Arabic months, Egyptian and Gulf names: يناير … ديسمبر (yanayir … disambir).
  'يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
  // Levantine and Iraqi months: كانون الثاني … كانون الأول (kanun al-thani … kanun al-awwal).
  'كانون الثاني الأول شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين',
  // Maghrebi months: جانفي فيفري أفريل ماي جوان جويلية أوت (janfi, fifri, afril, mai, juan, juilliya, ut).
  'جانفي فيفري أفريل ماي جوان جويلية أوت',
  // Hijri months: محرم … ذو الحجة (muharram … dhu al-hijja).
  'محرم صفر ربيع الآخر جمادى الأولى الآخرة رجب شعبان رمضان شوال ذو القعدة الحجة هـ',
  // Arabic days: الأحد … السبت (al-ahad … al-sabt).
  'الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت',
  // Persian solar months: فروردین … اسفند (farvardin … esfand), and Persian Gregorian month names.
  'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند',
  'ژانویه فوریه آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر',
  // Persian days: شنبه … جمعه (shanbe … jom'e).
  'شنبه یکشنبه دوشنبه سه‌شنبه سه چهارشنبه پنجشنبه پنج‌شنبه جمعه',
  // Urdu months: جنوری … دسمبر (janvari … december).
  'جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر',
  // Hebrew months and «יום» (day).
  'ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר יום',
  'january february march april may june july august september october november december',
  'jan feb mar apr jun jul aug sep sept oct nov dec',
  'monday tuesday wednesday thursday friday saturday sunday',
  // Times and stamps: «آخر تحديث» (akhir tahdith, last update), «نشر في» (nushira fi, published on),
  // «بتاريخ» (bi-tarikh, dated), «منذ» (mundhu, ago), «ساعة/ساعت» (hour), «دقيقة/دقیقه» (minute),
  // «صباحا/مساء» (morning/evening), «ص/م» (am/pm), Persian «کد خبر» (news code), «بازدید» (views),
  // «دیدگاه» (comments); Arabic «مشاهدة» (views), «قراءة» (reading time).
  'آخر تحديث تم التحديث نشر في بتاريخ تاريخ النشر منذ ساعة ساعات ساعت دقيقة دقائق دقیقه صباحا مساء ص م',
  'gmt utc am pm min mins read updated published',
  'کد خبر بازدید دیدگاه مشاهدة مشاهدات قراءة للقراءة',
];

/** The words above, normalised, each a token of the metric's tokenizer. */
export const DATE_LINE_TOKENS: ReadonlySet<string> = new Set(
  DATE_LINE_WORDS.flatMap((words) => normalizeArabic(words).split(' ')),
);
