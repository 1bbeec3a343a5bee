// broadcast: a staff member's message to an audience (src/domain/broadcasts), sent as its
// author wrote it — the same text, formatting entities and photo in every language. Read at
// send time, so a broadcast cancelled meanwhile is not sent.
import type { MessageEntity } from "grammy/types";
import { BROADCAST_KIND, parseEntities } from "../../domain/broadcasts/index.ts";
import type { Renderer } from "./types.ts";

const broadcastRenderer: Renderer = async ({ db, delivery, payload }) => {
  const id = delivery.broadcastId ?? (typeof payload.broadcastId === "number" ? payload.broadcastId : null);
  const b = id ? await db.broadcast.findUnique({ where: { id }, select: { status: true, text: true, entities: true, photoFileId: true } }) : null;
  if (!b) return { cancel: "broadcast deleted" };
  if (b.status === "cancelled") return { cancel: "broadcast cancelled" };
  const entities = parseEntities(b.entities) as MessageEntity[];
  return b.photoFileId ? { text: b.text, entities, photo: b.photoFileId } : { text: b.text, entities };
};

export const broadcastRenderers = { [BROADCAST_KIND]: broadcastRenderer };
