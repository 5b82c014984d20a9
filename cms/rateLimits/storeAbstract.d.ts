// rate-limiter-flexible exports only the concrete stores; a store of our own extends its abstract
// store class (insurance limiter, blocks in memory) from the file that defines it.
declare module 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js' {
  import type { RateLimiterStoreAbstract } from 'rate-limiter-flexible'

  const StoreAbstract: typeof RateLimiterStoreAbstract
  export default StoreAbstract
}
