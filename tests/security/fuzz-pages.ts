/**
 * Small article pages for the fuzz tests, in the shape of Arabic news sites, written for Hibr (the
 * teams, people, places and figures are invented). Each is long enough for Readability to take it as
 * an article on its first attempt, and holds what the pipeline treats specially: a video embed (which
 * becomes a link labelled «شاهد الفيديو»), images with srcset, relative links, a table, a list, a quotation.
 */
export interface FuzzPage {
  url: string;
  html: string;
}

export const FUZZ_PAGES: readonly FuzzPage[] = [
  {
    url: 'https://www.example-sport.test/football/2026/11/derby-report.html',
    html: `<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>النجم يحسم ديربي الساحل في الوقت بدل الضائع</title>
<meta property="og:image" content="/img/derby.jpg"></head>
<body><nav class="menu"><a href="/">الرئيسية</a> <a href="/football/">كرة القدم</a></nav>
<article>
<h1>النجم يحسم ديربي الساحل في الوقت بدل الضائع</h1>
<p class="byline">كتب: <a href="/author/sami">سامي الرفاعي</a> | <time datetime="2026-11-22">22 نوفمبر 2026</time></p>
<figure><img src="/img/derby.jpg" srcset="/img/derby-480.jpg 480w, /img/derby-960.jpg 960w" sizes="100vw" alt="لاعبو النجم يحتفلون">
<figcaption>لاعبو النجم يحتفلون بهدف الفوز</figcaption></figure>
<p>حسم فريق النجم لقاء الديربي أمام جاره الاتحاد بهدفين مقابل هدف، في مباراة مثيرة احتضنها الملعب البلدي مساء السبت أمام مدرجات ممتلئة عن آخرها، وسط أجواء حماسية صنعتها جماهير الفريقين منذ ساعات الظهيرة.</p>
<p>وافتتح الاتحاد التسجيل في الدقيقة العشرين عبر مهاجمه الشاب الذي استغل خطأ في التمركز، قبل أن يعادل النجم النتيجة مطلع الشوط الثاني بضربة رأسية من مدافعه المخضرم إثر ركنية محكمة نفذها قائد الفريق.</p>
<p>وفي الوقت بدل الضائع، أطلق لاعب الوسط كريم داود تسديدة قوية من خارج المنطقة استقرت في الزاوية البعيدة للمرمى، لتنفجر المدرجات فرحا بهدف الفوز الذي انتظره أنصار النجم منذ ثلاثة مواسم كاملة.</p>
<iframe src="https://www.youtube.com/embed/aBcDeFgHiJk" width="560" height="315"></iframe>
<blockquote>قال المدرب بعد المباراة: «اللاعبون أظهروا شخصية قوية، ولم يستسلموا حتى الدقيقة الأخيرة».</blockquote>
<p>وبهذا الفوز يرتقي النجم إلى المركز الثاني في جدول الترتيب، بفارق نقطتين عن المتصدر، فيما يتراجع الاتحاد إلى المركز الخامس. <a href="/football/table">جدول الترتيب</a></p>
</article>
<aside class="related"><a href="/football/2026/11/preview.html">تقديم المباراة</a></aside>
<footer>جميع الحقوق محفوظة</footer></body></html>`,
  },
  {
    url: 'https://news.example-economy.test/markets/bread-prices',
    html: `<!DOCTYPE html>
<html lang="ar"><head><meta charset="utf-8"><title>ارتفاع أسعار الخبز يثقل كاهل الأسر</title>
<base href="https://news.example-economy.test/markets/"></head>
<body><header><a href="/">اقتصاد اليوم</a></header>
<main><div class="post">
<h1>ارتفاع أسعار الخبز يثقل كاهل الأسر</h1>
<div class="author">بقلم منى الشريف</div>
<div class="post-body">
<p>شهدت أسعار الخبز ارتفاعا جديدا هذا الشهر، هو الثالث منذ بداية العام، بعد زيادة كلفة الطحين والطاقة ومواد التغليف، وفق ما أعلنته نقابة المخابز في بيان صحفي وزعته على وسائل الإعلام صباح الأحد.</p>
<p>وقال رئيس النقابة إن المخابز الصغيرة في الأحياء الشعبية تواجه صعوبة متزايدة في الاستمرار، وإن عددا منها أغلق أبوابه خلال الأشهر الماضية بسبب تراكم الديون وارتفاع الإيجارات وأجور العمال.</p>
<table><caption>متوسط سعر الرغيف</caption><tr><th>الشهر</th><th>السعر</th></tr>
<tr><td>يناير</td><td>عشرة قروش</td></tr><tr><td>نوفمبر</td><td>خمسة عشر قرشا</td></tr></table>
<p>وتطالب جمعيات حماية المستهلك بتوسيع برنامج الدعم ليشمل الأسر محدودة الدخل في الأرياف والمناطق النائية، وبمراقبة أوزان الأرغفة التي تقول إنها تراجعت بشكل ملحوظ في بعض المحافظات خلال الصيف.</p>
<ul><li>رفع كلفة الطحين المستورد</li><li>زيادة أسعار الكهرباء للمخابز</li><li>تراجع سعر صرف العملة المحلية</li></ul>
<p>من جهتها، أكدت وزارة التموين أن مخزون القمح يكفي لستة أشهر على الأقل، وأنها تدرس مع النقابة آلية جديدة لتسعير الخبز المدعوم تراعي أرقام <a href="reports/wheat-stock.pdf">تقرير المخزون</a> الأخير وكلفة النقل.</p>
</div></div></main>
<div class="comments"><p>الأسعار لم تعد تحتمل</p></div>
</body></html>`,
  },
  {
    url: 'http://thaqafa.example.test/2026/11/book-fair/',
    html: `<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>معرض الكتاب يفتح أبوابه بمشاركة ثلاثمئة دار نشر</title></head>
<body><div id="page"><div class="content-area">
<h2 class="title">معرض الكتاب يفتح أبوابه بمشاركة ثلاثمئة دار نشر</h2>
<span class="by">حسن العمري</span>
<div class="entry">
<p>افتتح معرض المدينة الدولي للكتاب دورته الجديدة صباح اليوم، بمشاركة نحو ثلاثمئة دار نشر عربية وأجنبية، وسط إقبال لافت من طلاب المدارس والجامعات الذين توافدوا منذ الساعات الأولى على أجنحة المعرض.</p>
<p>ويحل الأدب المغاربي ضيف شرف على هذه الدورة، إذ تخصص له إدارة المعرض جناحا كاملا وسلسلة من الندوات واللقاءات المفتوحة مع روائيين وشعراء ومترجمين من تونس والجزائر والمغرب وموريتانيا.</p>
<p>وقالت مديرة المعرض إن البرنامج الثقافي يضم أكثر من مئة فعالية،<br>بينها ورش للكتابة الإبداعية موجهة إلى الأطفال،<br>وأمسيات شعرية في الساحة الخارجية.</p>
<video src="/media/opening.mp4" poster="/media/opening.jpg" controls></video>
<p>وأشار عدد من الناشرين إلى أن ارتفاع كلفة الورق والطباعة والشحن انعكس على أسعار الكتب هذا العام، فيما لجأت دور أخرى إلى تخفيضات خاصة وعروض للطلاب لجذب القراء الشباب إلى أجنحتها. <img src="data:image/png;base64,iVBORw0KGgo=" alt="شعار المعرض" width="16" height="16"></p>
<p>ويستمر المعرض عشرة أيام، ويفتح أبوابه يوميا من العاشرة صباحا حتى التاسعة ليلا، مع تخصيص الفترة الصباحية للزيارات المدرسية. <a href="//thaqafa.example.test/program">البرنامج الكامل</a></p>
</div></div></div></body></html>`,
  },
];
