/**
 * The views of a case that pages and components show: the student's, the office's, the queue's
 * rows, and a place of the Safe region register. Plain data, so a component needs no import from
 * the server's store; the store (src/server/store) builds them from its rows.
 */
import type { CaseStatus } from './report.ts';
import type { PlaceKind, PlaceStatus } from './safe-region.ts';

export type MessageAuthor = 'student' | 'office';

export interface CaseMessage {
  author: MessageAuthor;
  text: string;
  at: Date;
}

/** A case as the student may see it: no internal notes, nothing about who wrote. */
export interface CaseView {
  id: string;
  status: CaseStatus;
  urgent: boolean;
  region: string;
  category: string;
  lang: string;
  createdAt: Date;
  messages: CaseMessage[];
}

export interface QueueItem {
  id: string;
  region: string;
  category: string;
  status: CaseStatus;
  urgent: boolean;
  /** Sent during a flood, or urgent from a client over its limit: shown after the other waiting cases. */
  suspectedFlood: boolean;
  lang: string;
  ageBand: string | undefined;
  createdAt: Date;
  updatedAt: Date;
  /** The staff account that took the case; undefined while it is the region's. */
  ownerId: string | undefined;
  /** When the case must be answered; undefined for cases filed before due dates were kept. */
  dueAt: Date | undefined;
  /** Whether the office has replied at least once: the due date is met or missed for good then. */
  replied: boolean;
}

export interface OfficeMessage {
  author: MessageAuthor;
  /** The staff account that wrote an office reply. */
  authorUser: string | undefined;
  text: string;
  at: Date;
}

export interface Note {
  author: string;
  text: string;
  at: Date;
}

export interface OfficeCase extends QueueItem {
  contact: string | undefined;
  firstReplyAt: Date | undefined;
  messages: OfficeMessage[];
  notes: Note[];
}

/** A place as the office sees it in the register and on the case page. */
export interface RegisterPlace {
  id: string;
  /** The case it came from; undefined once the case is erased or expired. */
  reportId: string | undefined;
  region: string;
  /** What the child typed: '' once the case is erased or expired. */
  settlement: string;
  landmark: string;
  /** The office's own name of the settlement, the only one the public sees. */
  officeSettlement: string | undefined;
  kind: PlaceKind;
  status: PlaceStatus;
  addressee: string | undefined;
  passedOn: string | undefined;
  publicNoteKk: string | undefined;
  publicNoteRu: string | undefined;
  reportedAt: Date;
  fixedAt: Date | undefined;
}
