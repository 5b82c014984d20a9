/** The client's address: the socket's, or the first forwarded one when a trusted proxy sets it. */
export function clientKey(request: Request, socketAddress: string, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  return socketAddress
}
