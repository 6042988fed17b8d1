import { isValidTimezone } from '../domain/time';
import { parseDevMailboxSetting } from '../notifications/dev-mailbox';
import { REQUEST_LIMITS } from '../../../shared/requests';
import { DEFAULT_COMPLIANCE, validateComplianceSettings, type ComplianceSettings } from '../compliance/settings';

export interface PpidConfig {
  /** The agency's time zone: deadlines, "today" and year filters are computed in it. */
  timezone: string;
  /** Seed the demo agency on bootstrap (the app's quick start sets this). */
  seedDemo: boolean;
  workflow: {
    /** Office hours, local time "HH:mm"; time standards count only time inside them. */
    officeHours: { start: string; end: string };
    /**
     * ISO weekdays that are working days (1 = Monday ... 7 = Sunday); Monday to Friday when unset.
     * (No array default here: Strapi deep-merges config, which would merge two lists index by index.)
     */
    workDays?: number[];
    /** Indonesian national holidays (date-holidays, country ID) are not working days. */
    holidays: boolean;
    /** Extra non-working dates ("YYYY-MM-DD"): cuti bersama, regional holidays. */
    extraHolidays: string[];
    /**
     * Super admins may stand in at a stage where nobody holds the position (the log records it as
     * such); never in place of a holder, and they still cannot skip a stage. Off by default.
     */
    superAdminsMayAct: boolean;
  };
  notifications: {
    /** Send the outbox through Strapi's email plugin on a schedule. */
    enabled: boolean;
    /** Seconds between outbox passes. */
    intervalSeconds: number;
    /** Attempts before a notification is marked failed. */
    maxAttempts: number;
  };
  mail: {
    /**
     * The dev mailbox (notifications/dev-mailbox.ts): `auto` (on when `smtpHost` is empty and not in
     * production), or forced on/off (`true`/`false`, `on`/`off`, `1`/`0`). Never on in production.
     */
    devMailbox: string;
    /** The SMTP host the email plugin sends to (the app passes SMTP_HOST); empty when none is configured. */
    smtpHost: string;
  };
  /** The scheduled compliance checker (compliance/settings.ts). */
  compliance: ComplianceSettings;
  privacy: {
    /**
     * Check texts and files for personal data before anything is published (privacy/): findings
     * block the publish step until fixed or cleared with a reason. Off only for measurements.
     */
    enabled: boolean;
  };
  /** The public information-request form (requests/spam.ts): no third-party service. */
  requests: {
    /** Filing a request or an objection: attempts per IP address in a sliding window. */
    publicRate: { max: number; windowSeconds: number };
    /** Looking a number up on the tracking page: attempts per IP address in a sliding window. */
    statusRate: { max: number; windowSeconds: number };
    /** The form token is refused when younger than this (a person takes longer) or older than the maximum. */
    tokenMinAgeSeconds: number;
    tokenMaxAgeSeconds: number;
    /** Days the requester's identity data is kept after the request and its objections finished (then erased). */
    retentionDays: number;
  };
  /**
   * The private file store (files/private-store.ts): requesters' identity documents, kept outside
   * `public/`. An absolute folder, or one relative to the app root; empty: `.tmp/ppid-private-files`.
   * It must survive restarts and be backed up with the database (PPID_PRIVATE_FILES_DIR).
   */
  privateFiles: { dir: string };
}

const DEFAULTS: PpidConfig = {
  timezone: 'Asia/Jakarta',
  seedDemo: false,
  workflow: {
    officeHours: { start: '08:00', end: '16:00' },
    holidays: true,
    extraHolidays: [],
    superAdminsMayAct: false,
  },
  notifications: { enabled: true, intervalSeconds: 60, maxAttempts: 5 },
  mail: { devMailbox: 'auto', smtpHost: '' },
  compliance: DEFAULT_COMPLIANCE,
  privacy: { enabled: true },
  requests: { publicRate: { max: 5, windowSeconds: 600 }, statusRate: { max: 60, windowSeconds: 600 }, tokenMinAgeSeconds: 3, tokenMaxAgeSeconds: 4 * 3600, retentionDays: REQUEST_LIMITS.retentionDays },
  privateFiles: { dir: '' },
};

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export default {
  default: DEFAULTS,
  validator(config: PpidConfig) {
    const fail = (message: string) => {
      throw new Error(`ppid: ${message}`);
    };
    if (typeof config.timezone !== 'string' || !isValidTimezone(config.timezone)) {
      fail(`"timezone" must be an IANA time zone such as "Asia/Jakarta", got "${config.timezone}"`);
    }
    if (typeof config.seedDemo !== 'boolean') fail('"seedDemo" must be true or false');
    const wf = config.workflow;
    if (!wf || typeof wf !== 'object') fail('"workflow" must be an object');
    if (!HHMM.test(wf.officeHours?.start ?? '') || !HHMM.test(wf.officeHours?.end ?? '') || wf.officeHours.start >= wf.officeHours.end) {
      fail('"workflow.officeHours" must be { start: "HH:mm", end: "HH:mm" } with start before end');
    }
    if (wf.workDays !== undefined && (!Array.isArray(wf.workDays) || wf.workDays.length === 0)) fail('"workflow.workDays" must list ISO weekdays 1 (Monday) to 7 (Sunday)');
    if (wf.workDays?.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
      fail('"workflow.workDays" must list ISO weekdays 1 (Monday) to 7 (Sunday)');
    }
    if (typeof wf.holidays !== 'boolean') fail('"workflow.holidays" must be true or false');
    if (!Array.isArray(wf.extraHolidays) || wf.extraHolidays.some((d) => typeof d !== 'string' || !DATE.test(d))) {
      fail('"workflow.extraHolidays" must be a list of "YYYY-MM-DD" dates');
    }
    if (typeof wf.superAdminsMayAct !== 'boolean') fail('"workflow.superAdminsMayAct" must be true or false');
    const n = config.notifications;
    if (!n || typeof n.enabled !== 'boolean') fail('"notifications.enabled" must be true or false');
    if (!Number.isInteger(n.intervalSeconds) || n.intervalSeconds < 5) fail('"notifications.intervalSeconds" must be a whole number of seconds, at least 5');
    if (!Number.isInteger(n.maxAttempts) || n.maxAttempts < 1) fail('"notifications.maxAttempts" must be a whole number from 1');
    if (!config.mail || parseDevMailboxSetting(config.mail.devMailbox) === null) fail(`"mail.devMailbox" (PPID_DEV_MAILBOX) must be auto, true or false, got "${config.mail?.devMailbox}"`);
    if (typeof config.mail.smtpHost !== 'string') fail('"mail.smtpHost" must be a string (empty when no SMTP server is configured)');
    if (!config.privacy || typeof config.privacy.enabled !== 'boolean') fail('"privacy.enabled" must be true or false');
    const rq = config.requests;
    const rate = (r: { max: number; windowSeconds: number } | undefined) => !!r && Number.isInteger(r.max) && r.max >= 1 && Number.isInteger(r.windowSeconds) && r.windowSeconds >= 1;
    if (!rq || typeof rq !== 'object') fail('"requests" must be an object');
    if (!rate(rq.publicRate)) fail(`"requests.publicRate" must be { max, windowSeconds }, whole numbers from 1, got ${JSON.stringify(rq.publicRate)}`);
    if (!rate(rq.statusRate)) fail(`"requests.statusRate" must be { max, windowSeconds }, whole numbers from 1, got ${JSON.stringify(rq.statusRate)}`);
    if (!Number.isInteger(rq.tokenMinAgeSeconds) || rq.tokenMinAgeSeconds < 0 || !Number.isInteger(rq.tokenMaxAgeSeconds) || rq.tokenMaxAgeSeconds <= rq.tokenMinAgeSeconds) {
      fail('"requests.tokenMinAgeSeconds" and "requests.tokenMaxAgeSeconds" must be whole seconds, the minimum below the maximum');
    }
    if (!config.privateFiles || typeof config.privateFiles.dir !== 'string') fail('"privateFiles.dir" (PPID_PRIVATE_FILES_DIR) must be a folder path, or empty for the default');
    // At least one day; at most a century (a typo such as 7300000 would keep identity data forever).
    if (!Number.isInteger(rq.retentionDays) || rq.retentionDays < 1 || rq.retentionDays > 36_500) {
      fail(`"requests.retentionDays" must be a whole number of days from 1 to 36500 (identity data is erased that long after a request finished), got ${JSON.stringify(rq.retentionDays)}`);
    }
    const compliance = validateComplianceSettings(config.compliance);
    if (compliance.length) fail(compliance.join('; '));
    if (config.compliance.timezone !== undefined && !isValidTimezone(config.compliance.timezone)) fail('"compliance.timezone" must be an IANA time zone');
  },
};

