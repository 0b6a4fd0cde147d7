import { describe, expect, it } from 'vitest';
import { stripBidiControls, stripBidiControlsIn } from '../../../src/text/strip-bidi-controls';

describe('stripBidiControls', () => {
  it('drops embeddings, overrides and isolates', () => {
    expect(stripBidiControls('\u202Eأخبار\u202C \u2066news\u2069 \u202Bنص\u202C')).toBe('أخبار news نص');
  });

  it('keeps the harmless marks LRM and RLM', () => {
    expect(stripBidiControls('السعر 5\u200F$ و\u200Eabc')).toBe('السعر 5\u200F$ و\u200Eabc');
  });

  it('cleans every text node under an element', () => {
    const div = document.createElement('div');
    div.append('\u202Eأ', document.createElement('b'));
    (div.lastChild as Element).append('\u2067ب\u2069');
    stripBidiControlsIn(div);
    expect(div.textContent).toBe('أب');
  });
});
