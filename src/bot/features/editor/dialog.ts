// The event editor dialog (conversations v2, stored in the database like the sign-up).
import type { Context } from "../../context.ts";
import type { DialogConversation } from "../../conversations/dialog.ts";

export const EVENT_EDITOR = "event-editor";

export async function eventEditor(_conversation: DialogConversation, _ctx: Context): Promise<void> {}
