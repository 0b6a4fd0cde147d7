import { siteRuleApplies, type SiteRule } from './site-rule';
import { varzesh3 } from './varzesh3';

/** Every site rule; each file says why its site needs one. */
export const SITE_RULES: readonly SiteRule[] = [varzesh3];

/** Applies to `doc` (a copy of the page at `url`) the removals of the site rules for that page. */
export function applySiteRules(doc: Document, url: string, rules: readonly SiteRule[] = SITE_RULES): void {
  for (const rule of rules) {
    if (!siteRuleApplies(rule, url)) continue;
    for (const selector of rule.remove) {
      for (const element of Array.from(doc.querySelectorAll(selector))) element.remove();
    }
  }
}
