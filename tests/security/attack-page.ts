import { withAttackerOrigin, type AttackVector } from './vectors';

/**
 * The report of an ordinary news day, written for these tests (the city, the people and the figures
 * are invented): the text a reader came for, between which the vectors sit.
 */
export const ATTACK_PAGE_PARAGRAPHS: readonly string[] = [
  'أعلنت بلدية مدينة وادي النخيل، صباح الثلاثاء، افتتاح محطة جديدة لتحلية مياه البحر تعمل بالطاقة الشمسية، في خطوة قالت إنها ستنهي أزمة الانقطاعات المتكررة التي عانى منها السكان خلال فصول الصيف الماضية.',
  'وتبلغ الطاقة الإنتاجية للمحطة نحو خمسين ألف متر مكعب يوميا، وهو ما يغطي، بحسب تقديرات البلدية، قرابة ثلثي حاجة المدينة وضواحيها من مياه الشرب، على أن ترتفع القدرة إلى الضعف مع انتهاء المرحلة الثانية من المشروع.',
  'وقال رئيس البلدية خالد المنصوري، في كلمة خلال حفل الافتتاح، إن المشروع استغرق أربع سنوات من التخطيط والتنفيذ، وإن كلفته الإجمالية بلغت نحو مئة وعشرين مليون دولار، مولت البلدية ثلثها، فيما جاء الباقي من قروض ميسرة ومنح دولية.',
  'وأضاف المنصوري أن المحطة تعتمد على حقل من الألواح الشمسية يمتد على مساحة ثلاثين هكتارا جنوب المدينة، ما يجعلها من أولى المحطات في المنطقة التي لا تستهلك الوقود الأحفوري في تشغيلها اليومي.',
  'من جهتها، أوضحت المهندسة سلمى الحداد، مديرة المشروع، أن تقنية التناضح العكسي المستخدمة في المحطة خفضت استهلاك الطاقة بنسبة كبيرة مقارنة بالمحطات الحرارية القديمة، مشيرة إلى أن فريقا من المهندسين المحليين تلقى تدريبا لإدارة المحطة وصيانتها.',
  'غير أن جمعيات بيئية محلية أبدت قلقها من تأثير المياه شديدة الملوحة التي تعيدها المحطة إلى البحر، وطالبت بنشر نتائج دراسات الأثر البيئي كاملة، وبإشراك الصيادين في لجان المتابعة.',
  'وردت البلدية بأن مخرج المياه المالحة صمم على بعد كيلومترين من الشاطئ، وأن أجهزة رصد ستقيس درجة الملوحة والحرارة على مدار الساعة، وستنشر قراءاتها على موقع إلكتروني مفتوح للجمهور.',
  'وفي أحياء المدينة القديمة، استقبل السكان الخبر بمزيج من الارتياح والحذر. وقالت أم يوسف، وهي ربة منزل في حي الميناء، إنها اعتادت ملء الخزانات كل ليلة تحسبا لانقطاع الماء، وإنها تنتظر أن ترى الفرق بنفسها قبل أن تصدق الوعود.',
  'أما أصحاب المطاعم والمقاهي على الكورنيش فيأملون أن ينعكس استقرار الإمدادات على موسم السياحة المقبل، بعد أن اضطر بعضهم في الصيف الماضي إلى شراء المياه من الصهاريج بأسعار مرتفعة.',
  'ويرى الخبير الاقتصادي ماجد العلي أن نجاح المشروع سيقاس بقدرة البلدية على إصلاح شبكة الأنابيب المتهالكة، إذ يضيع جزء كبير من المياه المنتجة في التسربات قبل أن يصل إلى المنازل.',
  'وتعتزم البلدية إطلاق برنامج لاستبدال الأنابيب القديمة في الأحياء الشرقية خلال العام المقبل، إلى جانب تركيب عدادات ذكية تتيح رصد الاستهلاك والتسربات بشكل فوري.',
  'ويأتي افتتاح المحطة في وقت تشهد فيه المنطقة موجات جفاف متتالية، دفعت حكومات عدة إلى التوسع في مشاريع تحلية المياه وإعادة استخدام مياه الصرف المعالجة في الزراعة.',
  'وختم المنصوري كلمته بالقول إن الماء لم يعد موردا يمكن التعامل معه كأمر مسلم به، داعيا السكان إلى ترشيد الاستهلاك، ومؤكدا أن المحطة «بداية الطريق وليست نهايته».',
  'ومن المقرر أن تبدأ المحطة ضخ المياه إلى الشبكة العامة بشكل تدريجي اعتبارا من الأسبوع المقبل، على أن تصل إلى طاقتها الكاملة مطلع الشهر القادم.',
];

export const ATTACK_PAGE_TITLE = 'افتتاح محطة لتحلية مياه البحر بالطاقة الشمسية في وادي النخيل';
/** The page's og:image, relative: the article's lead image must resolve against the page. */
export const ATTACK_PAGE_LEAD_IMAGE = '/media/2026/11/desalination-plant.jpg';

/** The attribute that marks where each vector sits, so a test can check that Readability kept it. */
export const VECTOR_MARKER = 'data-hibr-vector';

/**
 * A vector and the paragraph after it, in a `<section>`: Readability keeps a section that holds a
 * paragraph of the article, where it would turn a `<div>` into a `<p>`, unwrap it or drop it once its
 * own cleaning had emptied it, and the test could no longer tell where the vector went.
 */
function wrap(vector: AttackVector, paragraph: string, paragraphFirst = false): string {
  const content = paragraphFirst ? `${paragraph}\n${vector.html}` : `${vector.html}\n${paragraph}`;
  return `<section ${VECTOR_MARKER}="${vector.id}">${content}</section>`;
}

export interface AttackPageOptions {
  /** Origin of the server that records hits, e.g. `http://127.0.0.1:4321`. */
  attackerOrigin: string;
}

/**
 * A news article page, in the shape of an Arabic news site (navigation, breadcrumbs, share buttons,
 * related stories, comments, footer), whose body holds `vectors`, each in a `<section data-hibr-vector>`
 * before a paragraph of the report. Vectors that swallow the rest of the page come last, after the
 * last paragraph; of several such vectors only the first one takes effect.
 *
 * For a browser test: this page, open in a tab, makes some of the `/hit/` requests itself (its own
 * stylesheets, frames and images load there) and would run its own scripts and meta refresh. Serve it
 * with `Content-Security-Policy: sandbox allow-same-origin` (no scripts, no meta refresh in Chromium)
 * and count only hits sent from the extension's pages (Origin or Referer `chrome-extension://…`), or
 * clear the log once the page has loaded and before the reader opens.
 */
export function attackPage(vectors: readonly AttackVector[], { attackerOrigin }: AttackPageOptions): string {
  const inline = vectors.filter((vector) => !vector.swallowsRest);
  const last = vectors.filter((vector) => vector.swallowsRest);
  const blocks: string[] = [];
  const paragraphCount = Math.max(ATTACK_PAGE_PARAGRAPHS.length, inline.length);
  // The vectors sit in the middle of the report, not after its end.
  const firstWithVector = Math.floor((paragraphCount - inline.length) / 2);
  for (let i = 0; i < paragraphCount; i++) {
    const paragraph = `<p>${ATTACK_PAGE_PARAGRAPHS[i % ATTACK_PAGE_PARAGRAPHS.length] ?? ''}</p>`;
    const vector = inline[i - firstWithVector];
    blocks.push(vector ? wrap(vector, paragraph) : paragraph);
  }
  // A vector that swallows what follows it comes after its paragraph, or nothing would be left of it.
  for (const vector of last) blocks.push(wrap(vector, `<p>${ATTACK_PAGE_PARAGRAPHS[0] ?? ''}</p>`, true));

  const page = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>${ATTACK_PAGE_TITLE} | أخبار الساحل</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${ATTACK_PAGE_TITLE}">
<meta property="og:site_name" content="أخبار الساحل">
<meta property="og:image" content="${ATTACK_PAGE_LEAD_IMAGE}">
<meta name="author" content="ليلى الخطيب">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body class="single-post">
<header class="site-header">
  <a class="logo" href="/">أخبار الساحل</a>
  <nav class="main-menu"><ul>
    <li><a href="/local/">محليات</a></li><li><a href="/economy/">اقتصاد</a></li>
    <li><a href="/sport/">رياضة</a></li><li><a href="/culture/">ثقافة</a></li>
  </ul></nav>
</header>
<div class="breadcrumbs"><a href="/">الرئيسية</a> › <a href="/local/">محليات</a></div>
<main id="main">
<article class="post">
  <h1 class="entry-title">${ATTACK_PAGE_TITLE}</h1>
  <div class="byline">بقلم <a rel="author" href="/author/layla/">ليلى الخطيب</a> — <time datetime="2026-11-24T08:30:00+00:00">24 نوفمبر 2026</time></div>
  <figure class="lead-image">
    <img src="${ATTACK_PAGE_LEAD_IMAGE}" alt="المحطة الجديدة على الساحل الجنوبي" width="1200" height="675">
    <figcaption>المحطة الجديدة على الساحل الجنوبي للمدينة</figcaption>
  </figure>
  <div class="entry-content">
${blocks.join('\n')}
  </div>
  <div class="share-buttons"><a href="https://www.facebook.com/sharer.php">فيسبوك</a> <a href="https://x.com/share">إكس</a></div>
</article>
<aside class="related"><h3>اقرأ أيضا</h3><ul>
  <li><a href="/local/2026/11/water-cuts/">انقطاع المياه عن أحياء شرقية لساعات</a></li>
  <li><a href="/economy/2026/11/solar/">الطاقة الشمسية تجذب استثمارات جديدة</a></li>
</ul></aside>
<section class="comments"><h3>التعليقات</h3><p class="comment">مشروع ممتاز، ننتظر النتائج.</p></section>
</main>
<footer class="site-footer">© 2026 أخبار الساحل. جميع الحقوق محفوظة.</footer>
</body>
</html>`;
  return withAttackerOrigin(page, attackerOrigin);
}
