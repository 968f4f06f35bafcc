// OData query options and preferences the add-in relies on: `$select` returns only what was asked
// (plus id and the annotations), `Prefer: outlook.body-content-type` picks the body's type. README.md
// rules Q1, Q2.

/** Keep only the `$select`ed properties; `@odata.*` annotations and `id` always stay. */
export function applySelect(json: Record<string, unknown>, select: string | null): Record<string, unknown> {
  if (!select) return json;
  const wanted = new Set(
    select
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key.startsWith("@odata.") || key === "id" || wanted.has(key)) out[key] = value;
  }
  return out;
}

/** The body type a `Prefer: outlook.body-content-type="html|text"` header asks for, if any. */
export function preferredBodyType(prefer: string | undefined): "html" | "text" | undefined {
  const m = /outlook\.body-content-type\s*=\s*"?(html|text)"?/i.exec(prefer ?? "");
  return m ? (m[1]!.toLowerCase() as "html" | "text") : undefined;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A text body as Exchange serves it as HTML (assumed shape: a minimal document, line breaks as <br>). */
export function textToHtml(text: string): string {
  return `<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n<div>${escapeHtml(text).replace(/\r?\n/g, "<br>\r\n")}</div>\r\n</body>\r\n</html>\r\n`;
}

/** An HTML body as text (assumed shape: tags dropped, blocks and <br> as line breaks, entities decoded). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>/gi, "\r\n")
    .replace(/<\/(p|div|li|tr|h[1-6])>/gi, "\r\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/(\r\n){3,}/g, "\r\n\r\n")
    .trim();
}
