// "‹ 2/5 ›" navigation row under a list.
import type { InlineKeyboard } from "grammy";
import { newRow } from "./menu.ts";

/** Adds a row with previous/next buttons; `data(page)` builds the callback data for a page. */
export function addPagination(kb: InlineKeyboard, page: number, pages: number, data: (page: number) => string): InlineKeyboard {
  if (pages <= 1) return kb;
  newRow(kb);
  if (page > 0) kb.text("‹", data(page - 1));
  kb.text(`${page + 1}/${pages}`, data(page));
  if (page < pages - 1) kb.text("›", data(page + 1));
  return kb.row();
}

/** Numbered buttons first…first+n-1 opening the listed items (numbers match the list lines). */
export function addNumberButtons(kb: InlineKeyboard, first: number, ids: number[], data: (id: number) => string): InlineKeyboard {
  ids.forEach((id, i) => kb.text(String(first + i), data(id)));
  return kb.row();
}
