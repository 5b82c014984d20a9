import { ConfigError } from '../env'

/** Ends a script: a setting problem as one clear sentence, anything else with its details. */
export function fail(error: unknown): never {
  if (error instanceof ConfigError) {
    console.error(`\n✖ ${error.message}\n`)
  } else {
    console.error(error)
  }
  process.exit(1)
}
