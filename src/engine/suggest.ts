/**
 * "Did you mean …?" suggestions, as BuildKit's util/suggest does them: the closest option by
 * Levenshtein distance, only when the distance is below 3, and no suggestion at all when the value
 * matches an option exactly (then the error was about something else).
 */

/** Edit distance between two strings, by code point. */
export function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[y.length]!;
}

/** BuildKit's matchCase: keep the user's all-lower or all-upper casing in the suggestion. */
function matchCase(option: string, original: string): string {
  if (original === original.toLowerCase()) return option.toLowerCase();
  if (original === original.toUpperCase()) return option.toUpperCase();
  return option;
}

/** The best suggestion for `value` among `options`, or undefined. */
export function suggest(value: string, options: readonly string[], caseSensitive: boolean): string | undefined {
  const wanted = caseSensitive ? value : value.toLowerCase();
  let match: string | undefined;
  let minDistance = 3;
  for (const raw of options) {
    const option = caseSensitive ? raw : raw.toLowerCase();
    if (option === wanted) return undefined;
    const distance = levenshtein(wanted, option);
    if (distance < minDistance) {
      match = caseSensitive ? option : matchCase(option, value);
      minDistance = distance;
    }
  }
  return match;
}

/** `message` with BuildKit's ` (did you mean X?)` suffix when there is a suggestion. */
export function withSuggestion(message: string, value: string, options: readonly string[], caseSensitive: boolean): string {
  const match = suggest(value, options, caseSensitive);
  return match === undefined ? message : `${message} (did you mean ${match}?)`;
}
