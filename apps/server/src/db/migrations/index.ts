import { Roster1764370000000 } from './1764370000000-roster';

/** Every migration, oldest first. */
export const migrations = [Roster1764370000000];
