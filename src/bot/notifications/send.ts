// Sends a rendered notification: HTML through sendMessage; an author's text with its entities
// through sendMessage, or with a photo through sendPhoto (text as caption). Used by the
// delivery worker and by the broadcast preview, so the author sees exactly what recipients get.
import type { Api } from "grammy";
import type { Rendered } from "./types.ts";

type Sendable = Exclude<Rendered, { cancel: string }>;

/** Per-send options every variant accepts (e.g. allow_paid_broadcast). */
type Extra = { allow_paid_broadcast?: boolean };

export async function sendRendered(api: Api, chatId: number, r: Sendable, extra: Extra = {}): Promise<{ message_id: number }> {
  if ("html" in r) {
    return api.sendMessage(chatId, r.html, { ...extra, parse_mode: "HTML", reply_markup: r.keyboard, link_preview_options: { is_disabled: true } });
  }
  if (r.photo) {
    return api.sendPhoto(chatId, r.photo, {
      ...extra,
      ...(r.text ? { caption: r.text, caption_entities: r.entities } : {}),
      reply_markup: r.keyboard,
    });
  }
  return api.sendMessage(chatId, r.text, { ...extra, entities: r.entities, reply_markup: r.keyboard });
}
