/** "Talk to sales": a mailto link to the sales address, with a subject and, when known, what the prospect told the finder. */
export function salesMailto(address: string, subject: string, body: string[] = []): string {
  const query = [`subject=${encodeURIComponent(subject)}`, ...(body.length ? [`body=${encodeURIComponent(body.join('\n'))}`] : [])];
  return `mailto:${address}?${query.join('&')}`;
}
