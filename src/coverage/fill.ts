/** Fills {placeholders} in a sentence from content (the advice schema has checked their names). No zod: the browser bundles this. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
