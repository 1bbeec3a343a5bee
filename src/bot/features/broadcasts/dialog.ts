// The broadcast composer dialog (conversations v2, stored in the database like the sign-up).
import type { Context } from "../../context.ts";
import type { DialogConversation } from "../../conversations/dialog.ts";

export const BROADCAST = "broadcast";

export async function broadcastComposer(_conversation: DialogConversation, _ctx: Context): Promise<void> {}
