import * as migration_20261125_000000_baseline from './20261125_000000_baseline'
import * as migration_20261201_235424_auth from './20261201_235424_auth'

export const migrations = [
  {
    up: migration_20261125_000000_baseline.up,
    down: migration_20261125_000000_baseline.down,
    name: '20261125_000000_baseline',
  },
  {
    up: migration_20261201_235424_auth.up,
    down: migration_20261201_235424_auth.down,
    name: '20261201_235424_auth',
  },
]
