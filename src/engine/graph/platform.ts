/**
 * A light check of `FROM --platform` values after expansion, in the spirit of containerd's
 * platforms.Parse: `os[/arch[/variant]]` made of letters, digits, `_` and `-`.
 */
export function checkPlatform(value: string): string | undefined {
  if (/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+){0,2}$/.test(value)) return undefined;
  return `"${value}": unknown operating system or architecture: invalid argument`;
}
