import { fileNameOf, refusalMessage } from '../utils/download';

describe('downloads', () => {
  it("reads the server's message from a refused download's body", () => {
    expect(refusalMessage(JSON.stringify({ data: null, error: { status: 403, name: 'ForbiddenError', message: 'Hanya Kepala yang dapat menandatangani DIP', details: {} } }))).toBe(
      'Hanya Kepala yang dapat menandatangani DIP',
    );
    expect(refusalMessage('<html>Bad gateway</html>')).toBeUndefined();
    expect(refusalMessage(JSON.stringify({ error: { message: '' } }))).toBeUndefined();
    expect(refusalMessage('')).toBeUndefined();
  });

  it("takes the file name from Content-Disposition, else the fallback", () => {
    expect(fileNameOf('attachment; filename="DIP-2026.xlsx"', 'x.xlsx')).toBe('DIP-2026.xlsx');
    expect(fileNameOf("attachment; filename*=UTF-8''Daftar%20DIP%202026.pdf", 'x.pdf')).toBe('Daftar DIP 2026.pdf');
    expect(fileNameOf(null, 'x.csv')).toBe('x.csv');
  });
});
