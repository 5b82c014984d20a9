import * as migration_20261125_000000_baseline from './20261125_000000_baseline'
import * as migration_20261202_000000_apps from './20261202_000000_apps'

export const migrations = [
  {
    up: migration_20261125_000000_baseline.up,
    down: migration_20261125_000000_baseline.down,
    name: '20261125_000000_baseline',
  },
  {
    up: migration_20261202_000000_apps.up,
    down: migration_20261202_000000_apps.down,
    name: '20261202_000000_apps',
  },
]
