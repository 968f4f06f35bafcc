// Follow the Office theme (where the host exposes it) or the system's light/dark preference.
export function applyTheme(): void {
  const theme = (Office.context as { officeTheme?: Office.OfficeTheme }).officeTheme;
  let dark: boolean;
  if (theme?.bodyBackgroundColor) dark = luminance(theme.bodyBackgroundColor) < 0.4;
  else dark = globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}

function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return 1;
  const n = parseInt(m[1], 16);
  const r = (n >> 16) & 255;
  const g = (n >> 8) & 255;
  const b = n & 255;
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
