/**
 * The figures of the annual public-information service report (laporan layanan informasi publik)
 * from the request and objection registers of one year: requests by month, channel and outcome,
 * refusals by Pasal 17 letter, answers on time, the average working days to answer, objections by
 * Pasal 35 ground and decision, and the disputes taken to the Komisi Informasi.
 *
 * Pure: the caller reads the register rows of the year (by the day of receipt) and passes the
 * agency's working-time clock; nothing here reads the database. Requests still unanswered are
 * counted as pending; a pending request past its deadline is counted late (it is a ground for
 * objection whether or not an answer follows).
 */
import type { WorkingClock } from '../workflow/clock';
import { NOTICE_OUTCOMES, OBJECTION_DECISIONS, OBJECTION_GROUNDS, REQUEST_CHANNELS, type NoticeOutcome, type ObjectionDecision, type ObjectionGround, type RequestChannel } from '../../../shared/requests';
import { ARTICLE_17_LETTERS } from '../domain/constants';
import { answerDeadline, receiptDay, workingDaysBetween } from './deadlines';

type Article17 = (typeof ARTICLE_17_LETTERS)[number];

export interface RequestRow {
  receivedAt: Date;
  channel: RequestChannel;
  /** Null while no written notice has been given. */
  outcome: NoticeOutcome | null;
  answeredAt: Date | null;
  extensionDays: number;
  /** The Pasal 17 letter a refusal cites. */
  refusalArticle: Article17 | null;
  /** Closed because the requester never completed it (not an answer). */
  closedIncomplete: boolean;
}

export interface ObjectionRow {
  filedAt: Date;
  grounds: ObjectionGround[];
  decision: ObjectionDecision | null;
  decidedAt: Date | null;
  disputeNumber: string | null;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const localDay = (clock: WorkingClock, at: Date) => receiptDay(clock, at);
const round1 = (n: number) => Math.round(n * 10) / 10;

export function serviceReport(clock: WorkingClock, year: number, requests: RequestRow[], objections: ObjectionRow[], now: Date) {
  const byMonth = Array.from({ length: 12 }, () => 0);
  const byChannel = zeros(REQUEST_CHANNELS);
  const byOutcome = zeros(NOTICE_OUTCOMES);
  const refusalsByArticle = zeros(ARTICLE_17_LETTERS);
  let pending = 0;
  let closedIncomplete = 0;
  let onTime = 0;
  let late = 0;
  let extended = 0;
  let answerDays = 0;
  let answered = 0;

  for (const r of requests) {
    const received = localDay(clock, r.receivedAt);
    byMonth[Number(received.slice(5, 7)) - 1] += 1;
    byChannel[r.channel] += 1;
    if (r.extensionDays > 0) extended += 1;
    if (r.closedIncomplete) {
      closedIncomplete += 1;
      continue;
    }
    const due = answerDeadline(clock, r.receivedAt, r.extensionDays).dueAt;
    if (!r.outcome || !r.answeredAt) {
      pending += 1;
      if (now.getTime() > due.getTime()) late += 1;
      continue;
    }
    byOutcome[r.outcome] += 1;
    if (r.outcome === 'refused' && r.refusalArticle) refusalsByArticle[r.refusalArticle] += 1;
    if (r.answeredAt.getTime() <= due.getTime()) onTime += 1;
    else late += 1;
    answered += 1;
    answerDays += workingDaysBetween(clock, received, localDay(clock, r.answeredAt));
  }

  const objectionsByGround = zeros(OBJECTION_GROUNDS);
  const objectionsByDecision = zeros(OBJECTION_DECISIONS);
  let objectionsPending = 0;
  let disputes = 0;
  for (const o of objections) {
    for (const g of new Set(o.grounds)) objectionsByGround[g] += 1;
    if (o.decision && o.decidedAt) objectionsByDecision[o.decision] += 1;
    else objectionsPending += 1;
    if (o.disputeNumber) disputes += 1;
  }

  return {
    year,
    requests: {
      total: requests.length,
      byMonth,
      byChannel,
      byOutcome,
      refusalsByArticle,
      pending,
      closedIncomplete,
      extended,
      onTime,
      late,
      /** Answers on time over answers and overdue pending requests, in percent (null when none). */
      onTimeRate: onTime + late ? round1((onTime / (onTime + late)) * 100) : null,
      /** Average working days from receipt to the written notice (null when nothing was answered). */
      averageWorkingDays: answered ? round1(answerDays / answered) : null,
    },
    objections: {
      total: objections.length,
      byGround: objectionsByGround,
      byDecision: objectionsByDecision,
      pending: objectionsPending,
      disputes,
    },
  };
}

export type ServiceReport = ReturnType<typeof serviceReport>;
