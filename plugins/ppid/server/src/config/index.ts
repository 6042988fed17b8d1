import { isValidTimezone } from '../domain/time';

export interface PpidConfig {
  /** The agency's time zone: deadlines, "today" and year filters are computed in it. */
  timezone: string;
  /** Seed the demo agency on bootstrap (the app's quick start sets this). */
  seedDemo: boolean;
}

export default {
  default: { timezone: 'Asia/Jakarta', seedDemo: false } satisfies PpidConfig,
  validator(config: PpidConfig) {
    if (typeof config.timezone !== 'string' || !isValidTimezone(config.timezone)) {
      throw new Error(`ppid: "timezone" must be an IANA time zone such as "Asia/Jakarta", got "${config.timezone}"`);
    }
    if (typeof config.seedDemo !== 'boolean') throw new Error('ppid: "seedDemo" must be true or false');
  },
};
