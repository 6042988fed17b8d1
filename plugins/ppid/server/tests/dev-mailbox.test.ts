import { chooseMailbox, mailboxPage, mailboxStartLine, parseDevMailboxSetting } from '../src/notifications/dev-mailbox';

describe('PPID_DEV_MAILBOX', () => {
  it.each([
    [undefined, 'auto'],
    ['', 'auto'],
    [' auto ', 'auto'],
    ['true', 'on'],
    ['1', 'on'],
    ['ON', 'on'],
    [true, 'on'],
    ['false', 'off'],
    ['0', 'off'],
    ['off', 'off'],
    [false, 'off'],
    ['maybe', null],
    ['2', null],
  ])('%p reads as %p', (value, expected) => {
    expect(parseDevMailboxSetting(value)).toBe(expected);
  });
});

describe('the dev mailbox choice', () => {
  it('is on without an SMTP host outside production, off with one', () => {
    expect(chooseMailbox({ nodeEnv: 'development', smtpHost: '' })).toEqual({ devMailbox: true, reason: 'no-smtp-host', refused: false });
    expect(chooseMailbox({ nodeEnv: undefined, smtpHost: undefined })).toEqual({ devMailbox: true, reason: 'no-smtp-host', refused: false });
    expect(chooseMailbox({ nodeEnv: 'test', smtpHost: '   ' })).toEqual({ devMailbox: true, reason: 'no-smtp-host', refused: false });
    expect(chooseMailbox({ nodeEnv: 'development', smtpHost: 'smtp.kalbarprov.go.id' })).toEqual({ devMailbox: false, reason: 'smtp-host', refused: false });
  });

  it('follows PPID_DEV_MAILBOX when forced, outside production', () => {
    expect(chooseMailbox({ nodeEnv: 'development', smtpHost: 'smtp.kalbarprov.go.id', setting: 'on' })).toEqual({ devMailbox: true, reason: 'forced-on', refused: false });
    expect(chooseMailbox({ nodeEnv: 'development', smtpHost: '', setting: 'off' })).toEqual({ devMailbox: false, reason: 'forced-off', refused: false });
  });

  it('is never on in production, even when forced (and says it refused)', () => {
    expect(chooseMailbox({ nodeEnv: 'production', smtpHost: '', setting: 'on' })).toEqual({ devMailbox: false, reason: 'production', refused: true });
    expect(chooseMailbox({ nodeEnv: 'Production', smtpHost: '' })).toEqual({ devMailbox: false, reason: 'production', refused: false });
    expect(chooseMailbox({ nodeEnv: 'production', smtpHost: 'smtp.kalbarprov.go.id', setting: 'auto' })).toEqual({ devMailbox: false, reason: 'production', refused: false });
  });
});

describe('the start-up line', () => {
  const where = { adminUrl: 'http://localhost:1337/admin' };
  it('says where to read the mails when the dev mailbox is on', () => {
    const line = mailboxStartLine(chooseMailbox({ nodeEnv: 'development', smtpHost: '' }), where);
    expect(line?.level).toBe('info');
    expect(line?.text).toContain('SMTP_HOST is not set');
    expect(line?.text).toContain('http://localhost:1337/admin/plugins/ppid/dev-mailbox');
    expect(line?.text).toContain('GET /ppid/dev-mailbox');
    expect(mailboxStartLine(chooseMailbox({ nodeEnv: 'development', smtpHost: 'smtp.x', setting: 'on' }), where)?.text).toContain('PPID_DEV_MAILBOX is on');
  });
  it('warns about a refused dev mailbox and a production app without SMTP host; nothing with a real SMTP host', () => {
    expect(mailboxStartLine(chooseMailbox({ nodeEnv: 'production', smtpHost: 'smtp.x', setting: 'on' }), where)).toEqual({ level: 'warn', text: expect.stringContaining('never used in production') });
    expect(mailboxStartLine(chooseMailbox({ nodeEnv: 'production', smtpHost: '' }), { ...where, smtpHost: '' })).toEqual({ level: 'warn', text: expect.stringContaining('SMTP_HOST is not set') });
    expect(mailboxStartLine(chooseMailbox({ nodeEnv: 'production', smtpHost: 'smtp.x' }), { ...where, smtpHost: 'smtp.x' })).toBeNull();
    expect(mailboxStartLine(chooseMailbox({ nodeEnv: 'development', smtpHost: 'smtp.x' }), { ...where, smtpHost: 'smtp.x' })).toBeNull();
  });
});

describe('a page of the dev mailbox', () => {
  it('counts pages and the offset, within 1..100 per page', () => {
    expect(mailboxPage(2, 10, 25)).toEqual({ page: 2, pageSize: 10, pageCount: 3, total: 25, offset: 10 });
    expect(mailboxPage(1, 500, 3)).toEqual({ page: 1, pageSize: 100, pageCount: 1, total: 3, offset: 0 });
    expect(mailboxPage(0, 0, 0)).toEqual({ page: 1, pageSize: 25, pageCount: 0, total: 0, offset: 0 });
  });
});
