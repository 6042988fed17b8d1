/**
 * The public form's single-use tokens (requests/spam.ts): a token that registered a request is
 * refused the next time, on every instance. `claim` inserts the token's digest under a real unique
 * index (the first insert wins, a second instance's insert fails); `release` gives a token back when
 * the filing it was claimed for failed (the person fixes the form and sends it again); `prune`
 * forgets the expired ones (the daily run).
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../content-types/builders';
import { tokenDigest } from '../requests/spam';

const MODEL = uid('used-form-token');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(MODEL as any);

  /** True when this call took the token; false when it was already used. */
  async function claim(token: string, expiresAt: Date): Promise<boolean> {
    const digest = tokenDigest(token);
    try {
      await rows().create({ data: { digest, expiresAt } });
      return true;
    } catch (error) {
      const taken = await rows().findOne({ where: { digest }, select: ['id'] });
      if (taken) return false;
      throw error;
    }
  }

  async function release(token: string): Promise<void> {
    await rows().deleteMany({ where: { digest: tokenDigest(token) } });
  }

  /** Forgets the tokens that expired before `now` (they are refused as expired anyway); how many. */
  async function prune(now: Date): Promise<number> {
    const { count } = await rows().deleteMany({ where: { expiresAt: { $lt: now } } });
    return count ?? 0;
  }

  return { claim, release, prune };
};
