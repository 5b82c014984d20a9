/** Human-friendly reference codes: the event's prefix and a running number, e.g. DH1-0042. */
export function formatReference(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(4, '0')}`
}

export const REFERENCE_PATTERN = /^[A-Z0-9]{1,8}-\d{4,}$/

export function parseReference(code: string): { prefix: string; sequence: number } | null {
  const normalised = code.trim().toUpperCase()
  if (!REFERENCE_PATTERN.test(normalised)) return null
  const [prefix, number] = normalised.split('-') as [string, string]
  return { prefix, sequence: Number(number) }
}
