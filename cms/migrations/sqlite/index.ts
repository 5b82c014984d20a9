import * as migration_20261125_131612_initial from './20261125_131612_initial';
import * as migration_20261125_134111_accreditation from './20261125_134111_accreditation';
import * as migration_20261125_143758_passes from './20261125_143758_passes';
import * as migration_20261125_145844_checkins from './20261125_145844_checkins';
import * as migration_20261125_154330_press_accounts from './20261125_154330_press_accounts';
import * as migration_20261125_155035_checkin_rules from './20261125_155035_checkin_rules';
import * as migration_20261125_155929_newsroom from './20261125_155929_newsroom';
import * as migration_20261125_164239_lifecycle from './20261125_164239_lifecycle';
import * as migration_20261201_235049_ids from './20261201_235049_ids';
import * as migration_20261202_001314_door from './20261202_001314_door';
import * as migration_20261202_003349_outbox from './20261202_003349_outbox';
import * as migration_20261202_005243_apps from './20261202_005243_apps';
import * as migration_20261202_005804_auth from './20261202_005804_auth';
import * as migration_20261202_024523_events from './20261202_024523_events';
import * as migration_20261202_070000_desk from './20261202_070000_desk';
import * as migration_20261202_082839_live from './20261202_082839_live';
import * as migration_20261202_120000_rate_limits from './20261202_120000_rate_limits'

export const migrations = [
  {
    up: migration_20261125_131612_initial.up,
    down: migration_20261125_131612_initial.down,
    name: '20261125_131612_initial',
  },
  {
    up: migration_20261125_134111_accreditation.up,
    down: migration_20261125_134111_accreditation.down,
    name: '20261125_134111_accreditation',
  },
  {
    up: migration_20261125_143758_passes.up,
    down: migration_20261125_143758_passes.down,
    name: '20261125_143758_passes',
  },
  {
    up: migration_20261125_145844_checkins.up,
    down: migration_20261125_145844_checkins.down,
    name: '20261125_145844_checkins',
  },
  {
    up: migration_20261125_154330_press_accounts.up,
    down: migration_20261125_154330_press_accounts.down,
    name: '20261125_154330_press_accounts',
  },
  {
    up: migration_20261125_155035_checkin_rules.up,
    down: migration_20261125_155035_checkin_rules.down,
    name: '20261125_155035_checkin_rules',
  },
  {
    up: migration_20261125_155929_newsroom.up,
    down: migration_20261125_155929_newsroom.down,
    name: '20261125_155929_newsroom',
  },
  {
    up: migration_20261125_164239_lifecycle.up,
    down: migration_20261125_164239_lifecycle.down,
    name: '20261125_164239_lifecycle',
  },
  {
    up: migration_20261201_235049_ids.up,
    down: migration_20261201_235049_ids.down,
    name: '20261201_235049_ids',
  },
  {
    up: migration_20261202_001314_door.up,
    down: migration_20261202_001314_door.down,
    name: '20261202_001314_door',
  },
  {
    up: migration_20261202_003349_outbox.up,
    down: migration_20261202_003349_outbox.down,
    name: '20261202_003349_outbox',
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
    up: migration_20261202_070000_desk.up,
    down: migration_20261202_070000_desk.down,
    name: '20261202_070000_desk',
  },
  {
    up: migration_20261202_082839_live.up,
    down: migration_20261202_082839_live.down,
    name: '20261202_082839_live',
  },
  {
    up: migration_20261202_120000_rate_limits.up,
    down: migration_20261202_120000_rate_limits.down,
    name: '20261202_120000_rate_limits',
  },
];
