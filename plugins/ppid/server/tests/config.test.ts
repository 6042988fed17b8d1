/**
 * The plugin config's validator (server/src/config): every `requests.*` setting is checked at start,
 * with an error that names the setting.
 */
import config, { type PpidConfig } from '../src/config';

const withRequests = (over: Record<string, unknown>): PpidConfig => {
  const base = JSON.parse(JSON.stringify(config.default)) as PpidConfig;
  return { ...base, requests: { ...base.requests, ...over } } as PpidConfig;
};
const validate = (c: PpidConfig) => () => config.validator(c);

describe('plugin config: requests.*', () => {
  it('accepts the defaults (retention 730 days)', () => {
    expect(config.default.requests.retentionDays).toBe(730);
    expect(validate(config.default)).not.toThrow();
    expect(validate(withRequests({ retentionDays: 1 }))).not.toThrow();
  });

  it.each([0, -5, 1.5, '730', null, 36_501])('refuses retentionDays %p, naming the setting', (value) => {
    expect(validate(withRequests({ retentionDays: value }))).toThrow(/^ppid: "requests\.retentionDays" must be a whole number of days from 1 to 36500/);
  });

  it('names the rate setting that is wrong', () => {
    expect(validate(withRequests({ publicRate: { max: 0, windowSeconds: 600 } }))).toThrow(/"requests\.publicRate"/);
    expect(validate(withRequests({ statusRate: { max: 5 } }))).toThrow(/"requests\.statusRate"/);
    expect(validate(withRequests({ tokenMinAgeSeconds: 10, tokenMaxAgeSeconds: 5 }))).toThrow(/"requests\.tokenMinAgeSeconds"/);
  });

  it('refuses a requests setting that is not an object', () => {
    expect(validate({ ...config.default, requests: 'x' } as unknown as PpidConfig)).toThrow(/"requests" must be an object/);
  });
});
