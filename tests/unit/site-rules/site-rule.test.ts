import { describe, expect, it } from 'vitest';
import { applySiteRules } from '../../../src/extract/site-rules';
import { siteRuleApplies, type SiteRule } from '../../../src/extract/site-rules/site-rule';

const RULE: SiteRule = { hosts: ['example.com'], remove: ['.kicker'] };

describe('siteRuleApplies', () => {
  it('applies to the host and its subdomains', () => {
    expect(siteRuleApplies(RULE, 'https://example.com/a')).toBe(true);
    expect(siteRuleApplies(RULE, 'https://www.example.com/a')).toBe(true);
  });

  it('does not apply to a host that only ends the same way, or to a bad URL', () => {
    expect(siteRuleApplies(RULE, 'https://notexample.com/a')).toBe(false);
    expect(siteRuleApplies(RULE, 'not a url')).toBe(false);
  });
});

describe('applySiteRules', () => {
  it('removes what the rule names, only on its site', () => {
    const html = '<!doctype html><body><h2 class="kicker">تمهيد</h2><h1>العنوان</h1></body>';
    const onSite = new DOMParser().parseFromString(html, 'text/html');
    applySiteRules(onSite, 'https://www.example.com/a', [RULE]);
    expect(onSite.body.textContent).toBe('العنوان');
    const elsewhere = new DOMParser().parseFromString(html, 'text/html');
    applySiteRules(elsewhere, 'https://example.org/a', [RULE]);
    expect(elsewhere.body.textContent).toBe('تمهيدالعنوان');
  });
});
