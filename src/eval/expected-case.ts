/** One corpus case's ground truth (`expected.json`), checked: the boundary where the JSON ends. */
export interface ExpectedCase {
  id: string;
  url: string;
  lang: string | null;
  dir: string | null;
  title: string | null;
  publishedDate: string | null;
  text: string | null;
  mustContain: string[];
  mustNotContain: string[];
}

export type ParsedCase = { case: ExpectedCase } | { error: string };

/** The truth fields a case may list; a field counts only when `truth` names it. */
type TruthField = 'title' | 'publishedDate' | 'text' | 'must_contain' | 'must_not_contain';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * Reads the text of an `expected.json`. `fallbackId` names the case when the file does not. Fields
 * the file's `truth` list leaves out become null (or empty), whatever value they hold.
 */
export function parseExpectedCase(json: string, fallbackId: string): ParsedCase {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { error: `expected.json is not JSON: ${(error as Error).message}` };
  }
  if (!isRecord(raw)) return { error: 'expected.json is not an object' };
  const url = optionalString(raw.url);
  if (url === null || !URL.canParse(url)) return { error: 'expected.json has no valid url' };
  const truth = new Set(stringList(raw.truth));
  const truthString = (field: TruthField): string | null => (truth.has(field) ? optionalString(raw[field]) : null);
  const truthList = (field: TruthField): string[] => (truth.has(field) ? stringList(raw[field]) : []);
  return {
    case: {
      id: optionalString(raw.id) ?? fallbackId,
      url,
      lang: optionalString(raw.lang),
      dir: optionalString(raw.dir),
      title: truthString('title'),
      publishedDate: truthString('publishedDate'),
      text: truthString('text'),
      mustContain: truthList('must_contain'),
      mustNotContain: truthList('must_not_contain'),
    },
  };
}
