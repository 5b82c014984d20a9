import * as migration_20261125_131612_initial from './20261125_131612_initial';

export const migrations = [
  {
    up: migration_20261125_131612_initial.up,
    down: migration_20261125_131612_initial.down,
    name: '20261125_131612_initial'
  },
];
