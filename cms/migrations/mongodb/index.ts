import * as migration_20261125_000000_baseline from './20261125_000000_baseline'
import * as migration_20261202_000000_ids from './20261202_000000_ids'
import * as migration_20261202_001314_door from './20261202_001314_door'
import * as migration_20261202_005243_apps from './20261202_005243_apps'
import * as migration_20261202_005804_auth from './20261202_005804_auth'
import * as migration_20261202_024523_events from './20261202_024523_events'
import * as migration_20261202_025644_apply from './20261202_025644_apply'
import * as migration_20261202_030000_profile from './20261202_030000_profile'
import * as migration_20261202_030100_nominate from './20261202_030100_nominate'
import * as migration_20261202_054248_adminvi from './20261202_054248_adminvi'
import * as migration_20261202_083349_interviews from './20261202_083349_interviews'

export const migrations = [
  {
    up: migration_20261125_000000_baseline.up,
    down: migration_20261125_000000_baseline.down,
    name: '20261125_000000_baseline',
  },
  {
    up: migration_20261202_000000_ids.up,
    down: migration_20261202_000000_ids.down,
    name: '20261202_000000_ids',
  },
  {
    up: migration_20261202_001314_door.up,
    down: migration_20261202_001314_door.down,
    name: '20261202_001314_door',
  },
  {
    up: migration_20261202_005243_apps.up,
    down: migration_20261202_005243_apps.down,
    name: '20261202_005243_apps',
  },
  {
    up: migration_20261202_005804_auth.up,
    down: migration_20261202_005804_auth.down,
    name: '20261202_005804_auth',
  },
  {
    up: migration_20261202_024523_events.up,
    down: migration_20261202_024523_events.down,
    name: '20261202_024523_events',
  },
  {
    up: migration_20261202_025644_apply.up,
    down: migration_20261202_025644_apply.down,
    name: '20261202_025644_apply',
  },
  {
    up: migration_20261202_030000_profile.up,
    down: migration_20261202_030000_profile.down,
    name: '20261202_030000_profile',
  },
  {
    up: migration_20261202_030100_nominate.up,
    down: migration_20261202_030100_nominate.down,
    name: '20261202_030100_nominate',
  },
  {
    up: migration_20261202_054248_adminvi.up,
    down: migration_20261202_054248_adminvi.down,
    name: '20261202_054248_adminvi',
  },
  {
    up: migration_20261202_083349_interviews.up,
    down: migration_20261202_083349_interviews.down,
    name: '20261202_083349_interviews',
  },
]
