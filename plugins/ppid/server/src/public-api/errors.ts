/** A public query the API refuses; `parameter` names the offending query parameter (answered as 400). */
export class PublicQueryError extends Error {
  constructor(
    message: string,
    public readonly details: { parameter?: string; allowed?: readonly string[] } = {}
  ) {
    super(message);
    this.name = 'PublicQueryError';
  }
}
