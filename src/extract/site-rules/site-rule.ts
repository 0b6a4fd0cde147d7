/** What Hibr does differently on one news site, where the general rules cannot tell. */
export interface SiteRule {
  /** Host names it applies to; a host also covers its subdomains («varzesh3.com» covers «www.varzesh3.com»). */
  hosts: readonly string[];
  /** CSS selectors of page parts removed before Readability reads the page. */
  remove: readonly string[];
}

/** True when `rule` applies to the page at `url`. */
export function siteRuleApplies(rule: SiteRule, url: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return rule.hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}
