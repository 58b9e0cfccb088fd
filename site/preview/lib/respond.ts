/** A refusal or error as plain German text: no layout, so nothing of the site leaks through a failed check. */
export function plainResponse(status: number, text: string): Response {
  return new Response(`${text}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
