/** Number and table formatting for the benchmark report (Markdown, so it pastes into BENCHMARKS.md). */

export const NOT_BUILT = 'n/a (not built yet)';

const group = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const count = (n: number) => group(n);
export const seconds = (s: number) => `${group(s, 1)} s`;
export const ms = (value: number) => `${group(value)} ms`;

/** Bytes in binary units: 1 KB = 1,024 bytes (the budgets use the same unit). */
export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${group(n / 1024, 1)} KB`;
  if (n < 1024 ** 3) return `${group(n / 1024 ** 2, 1)} MB`;
  return `${group(n / 1024 ** 3, 2)} GB`;
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
