/**
 * The faces the article view sets text in (fonts.css), as `font` shorthands: body and headings in
 * Naskh, the meta line and the buttons above the article in Sans.
 */
const ARTICLE_FACES = [
  "400 1em 'Hibr Naskh'",
  "700 1em 'Hibr Naskh'",
  "400 1em 'Hibr Sans'",
  "600 1em 'Hibr Sans'",
] as const;

/** One Arabic letter and one Latin: each face is split into an Arabic and a Latin file, and text needs both. */
const ARABIC_AND_LATIN = 'ب a';

/**
 * Starts fetching and decoding the article's faces before there is an article to show. The faces
 * are `font-display: block`, so without this the first frame with the article waits for them.
 * Resolves when they are ready or have failed (text then falls back as CSS says).
 */
export async function loadArticleFonts(fonts: FontFaceSet): Promise<void> {
  await Promise.allSettled(ARTICLE_FACES.map((font) => fonts.load(font, ARABIC_AND_LATIN)));
}
