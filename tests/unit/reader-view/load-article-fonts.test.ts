import { describe, expect, it } from 'vitest';
import { loadArticleFonts } from '../../../src/reader-view/load-article-fonts';

/** A FontFaceSet that records what it was asked to load; `failing` loads reject. */
function fakeFonts(failing: readonly string[] = []): { fonts: FontFaceSet; asked: [string, string | undefined][] } {
  const asked: [string, string | undefined][] = [];
  const load = async (font: string, text?: string): Promise<FontFace[]> => {
    asked.push([font, text]);
    if (failing.includes(font)) throw new Error(`cannot load ${font}`);
    return [];
  };
  return { fonts: { load } as unknown as FontFaceSet, asked };
}

describe('loadArticleFonts', () => {
  it('loads the body, heading, meta and button faces, in their Arabic and Latin files', async () => {
    const { fonts, asked } = fakeFonts();
    await loadArticleFonts(fonts);
    expect(asked.map(([font]) => font)).toEqual([
      "400 1em 'Hibr Naskh'",
      "700 1em 'Hibr Naskh'",
      "400 1em 'Hibr Sans'",
      "600 1em 'Hibr Sans'",
    ]);
    for (const [, text] of asked) {
      expect(text).toMatch(/\p{Script=Arabic}/u);
      expect(text).toMatch(/[a-z]/);
    }
  });

  it('resolves when a face fails to load: the text falls back, the article still shows', async () => {
    const { fonts, asked } = fakeFonts(["700 1em 'Hibr Naskh'"]);
    await expect(loadArticleFonts(fonts)).resolves.toBeUndefined();
    expect(asked).toHaveLength(4);
  });
});
