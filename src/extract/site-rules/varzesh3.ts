import type { SiteRule } from './site-rule';

/**
 * Varzesh3 (ورزش سه, Iranian sports news) sets a kicker, the «روتیتر» (rutitr, overline), in an
 * `h2.subhead` right above the headline: half of a two-part headline («… ؛» then the title). The
 * general rules keep it, since a short heading before an article is often its first subheading;
 * here it would open the text as a fragment whose other half, the headline, is shown apart.
 * The lead (`p.lead`) below the headline is the article's and stays.
 */
export const varzesh3: SiteRule = {
  hosts: ['varzesh3.com'],
  remove: ['.news-main-detail .subhead'],
};

// Checked on:
// https://www.varzesh3.com/news/2020984/طارمی-تا-میلان-اشک-ریخت-عکس
