// Renderers by delivery kind. The worker renders at send time, in the recipient's language.
// A kind without a renderer is a programming error: the worker fails such a delivery for good.
import { broadcastRenderers } from "./broadcasts.ts";
import { coordinatorDigestRenderers } from "./coordinator-digest.ts";
import { editorRenderers } from "./events.ts";
import { registrationRenderers } from "./registrations.ts";
import { reminderRenderers } from "./reminders.ts";
import { staffRenderers } from "./staff.ts";
import type { Renderer } from "./types.ts";

export type { Rendered, RenderInput, Renderer } from "./types.ts";
export { RenderBatch, parsePayload } from "./batch.ts";

export const renderers: Readonly<Record<string, Renderer>> = {
  ...registrationRenderers,
  ...coordinatorDigestRenderers,
  ...reminderRenderers,
  ...staffRenderers,
  ...editorRenderers,
  ...broadcastRenderers,
};
