// What a notification renderer gets and gives: the delivery's payload and recipient in,
// a message in the recipient's language out — or why it should not be sent any more.
import type { InlineKeyboardMarkup, MessageEntity } from "grammy/types";
import type { Db } from "../../db/client.ts";
import type { Locale } from "../../domain/locale.ts";
import type { ClaimedDelivery } from "../../domain/outbox.ts";
import type { RenderBatch } from "./batch.ts";

export interface RenderInput {
  db: Db;
  delivery: ClaimedDelivery;
  /** Parsed JSON payload (an object; {} when the stored payload is not one). */
  payload: Record<string, unknown>;
  locale: Locale;
  now: Date;
  /** ADMIN_IDS: admins coordinate every course. */
  adminIds: number[];
  /** The claimed batch this delivery is rendered with: reads shared by its renderings (batch.ts). */
  batch: RenderBatch;
}

/**
 * HTML text and optional buttons; or plain text with Telegram entities and optionally a photo
 * (file_id; the text is then its caption) — an author's message copied as written (broadcasts);
 * or `cancel` when the subject vanished or was superseded.
 */
export type Rendered =
  | { html: string; keyboard?: InlineKeyboardMarkup }
  | { text: string; entities: MessageEntity[]; photo?: string; keyboard?: InlineKeyboardMarkup }
  | { cancel: string };

export type Renderer = (input: RenderInput) => Promise<Rendered>;
