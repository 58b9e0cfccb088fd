/*
 * JSON-LD is data inside a <script type="application/ld+json"> element: the HTML parser ends the
 * element at the first "</script", whatever the JSON says. Text from the CMS („</script><script>…“)
 * must therefore never appear raw: `<`, `>` and `&` are written as JSON unicode escapes (the JSON
 * value stays the same), and so are U+2028/U+2029, which some older parsers treat as line ends.
 */
export function jsonLdText(data: unknown): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new Error('JSON-LD: Wert lässt sich nicht als JSON schreiben');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
