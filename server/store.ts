import type { Lang } from '../src/content/languages.ts';
import { assertNever } from '../src/engine/result.ts';
import type { Dashboard, SessionKind } from '../src/protocol/index.ts';
import type { ApiError } from './errors.ts';
import type { SummaryGroup } from './partner-summaries.ts';
import type { RateLimit, RateLimiter } from './rate-limiter.ts';
import type { StudentEvent } from './schemas.ts';

/** How long a session lives after creation. */
export const SESSION_TTL_MS = 24 * 60 * 60 * 1000;
/** How long an ended session's bare code is kept, so late students hear "ended" and the code is not reissued. */
export const TOMBSTONE_MS = 2 * SESSION_TTL_MS;

/** A class session as stored (the teacher key only as its hash). */
export interface SessionRow {
  readonly id: number;
  readonly code: string;
  readonly teacherKeyHash: string;
  /** A story session, or a booster round run a week or more after a class's story. */
  readonly kind: SessionKind;
  readonly scenario: string;
  readonly lang: Lang;
  readonly createdAt: number;
  readonly expiresAt: number;
  /** Events stored so far; the last event's `seq`. */
  readonly eventCount: number;
  /** The teacher closed the session to new students. */
  readonly locked: boolean;
}

/** A student as stored: nothing but the hash of their per-tab token (and of their device's id, if it sent one). */
export interface StudentRow {
  readonly id: number;
  readonly sessionId: number;
  readonly eventCount: number;
}

/** What `findLive` finds: the session behind a code, or why there is none usable (unknown 404, ended or expired 410). */
export type Found = { ok: true; value: SessionRow } | { ok: false; error: ApiError };

/** A session to create: its kind, story (for a booster, the story of the class it follows), language, key's hash. */
export interface NewSession {
  readonly kind: SessionKind;
  readonly scenario: string;
  readonly lang: Lang;
  readonly teacherKeyHash: string;
}

/** A student to add: the hashes of their per-tab token and of their device's id (when the device sent one). */
export interface NewStudent {
  readonly tokenHash: string;
  readonly deviceHash: string | undefined;
}

/**
 * Every read and write of session state; all of it is in the database, so a restart loses nothing. Asynchronous, so
 * that SQLite (in-process) and PostgreSQL (over the network) stand behind the same interface.
 */
export interface SessionStore {
  readonly create: (input: NewSession) => Promise<SessionRow>;
  readonly findLive: (code: string) => Promise<Found>;
  /** Adds a student unless the session is locked or full (checked under a lock, so seats never overflow). */
  readonly addStudent: (
    session: SessionRow,
    student: NewStudent,
    maxStudents: number,
  ) => Promise<'added' | 'locked' | 'full'>;
  readonly setLocked: (session: SessionRow, locked: boolean) => Promise<SessionRow>;
  readonly findStudent: (tokenHash: string) => Promise<StudentRow | undefined>;
  /**
   * `findLive` and `findStudent` in one look-up (one round trip on PostgreSQL, for every event a student posts): the
   * student is given only when the token belongs to the session found.
   */
  readonly findLiveStudent: (code: string, tokenHash: string) => Promise<{ found: Found; student?: StudentRow }>;
  /**
   * Stores one event and returns its number in the session (1, 2, …); an event whose `id` this student already
   * posted is not stored again: its first number comes back with `stored: false`.
   */
  readonly addEvent: (
    session: SessionRow,
    student: StudentRow,
    event: StudentEvent,
  ) => Promise<{ readonly seq: number; readonly stored: boolean }>;
  /** Deletes a session and everything in it, keeping its code as a tombstone and its summary (aggregates only). */
  readonly end: (session: SessionRow) => Promise<void>;
  /**
   * Deletes sessions past their expiry (keeping their summaries), forgets old tombstones and summaries past
   * retention; returns the codes of the deleted sessions.
   */
  readonly sweep: () => Promise<string[]>;
}

/** What one instance hears from the others (and itself): a session's dashboard changed, or the session ended. */
export type SessionNews =
  | { readonly kind: 'changed'; readonly code: string }
  | { readonly kind: 'ended'; readonly code: string };

/**
 * Tells every instance sharing the database that something happened in a session (PostgreSQL: LISTEN/NOTIFY; SQLite,
 * one process: straight back to the listener). Delivery is a wake-up only: dashboards are always read from the
 * database, so a lost message costs at most a late update (a reconnecting listener wakes every stream).
 */
export interface NewsBus {
  readonly publish: (news: SessionNews) => void;
  /** Sets the one listener (the stream hub); `resync` is called when messages may have been missed. */
  readonly listen: (onNews: (news: SessionNews) => void, resync: () => void) => Promise<void>;
}

/**
 * A database and everything the service keeps in it: sessions, dashboards, rate limits, the news between instances.
 * Aggregate reads for later features (class report, programme totals) are added here as async methods.
 */
export interface Backend {
  readonly kind: 'sqlite' | 'postgres';
  readonly store: SessionStore;
  readonly readDashboard: (session: SessionRow) => Promise<Dashboard>;
  /** The summaries ended and expired sessions left, grouped by scenario and language (programme totals). */
  readonly readSummaryGroups: () => Promise<SummaryGroup[]>;
  /** A rate limiter; `name` keeps limiters apart where they share a table. */
  readonly rateLimiter: (name: string, limit: RateLimit) => RateLimiter;
  readonly news: NewsBus;
  readonly close: () => Promise<void>;
}

/** A session row as both databases return it (snake_case columns). */
export interface SessionRecord {
  id: number;
  code: string;
  teacher_key_hash: string;
  kind: SessionKind;
  scenario: string;
  lang: Lang;
  created_at: number;
  expires_at: number;
  event_count: number;
  locked: number;
}

export const toSession = (r: SessionRecord): SessionRow => ({
  id: r.id,
  code: r.code,
  teacherKeyHash: r.teacher_key_hash,
  kind: r.kind,
  scenario: r.scenario,
  lang: r.lang,
  createdAt: Number(r.created_at),
  expiresAt: Number(r.expires_at),
  eventCount: r.event_count,
  locked: r.locked === 1,
});

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export const bit = (b: boolean) => (b ? 1 : 0);

/** The columns of `events` an event fills, in this order; those its kind does not use stay NULL. */
export const EVENT_COLUMNS = [
  'kind',
  'point',
  'option',
  'technique',
  'spotted',
  'ending',
  'phase',
  'item',
  'answer',
  'correct',
] as const;

type EventColumn = (typeof EVENT_COLUMNS)[number];

/** The event's columns; those its kind does not use stay NULL. */
export function eventColumns(e: StudentEvent): Record<EventColumn, string | number | null> {
  const none = { point: null, option: null, technique: null, spotted: null, ending: null };
  const base = { ...none, phase: null, item: null, answer: null, correct: null, kind: e.kind };
  switch (e.kind) {
    case 'joined':
      return base;
    case 'choice':
      return { ...base, point: e.point, option: e.option };
    case 'flag':
      return { ...base, technique: e.technique, spotted: bit(e.spotted) };
    case 'ending':
      return { ...base, ending: e.ending };
    case 'check':
      return { ...base, phase: e.phase, item: e.item, answer: e.answer, correct: bit(e.correct) };
    default:
      return assertNever(e);
  }
}
