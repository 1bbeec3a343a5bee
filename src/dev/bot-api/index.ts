// Local, in-process Telegram Bot API server for end-to-end tests and the offline playground.
export { startLocalBotApi, LocalBotApi } from "./local-bot-api.ts";
export type { LocalBotApiOptions, NewUser, UserContact, UserDocument } from "./local-bot-api.ts";
export type {
  ApiCall,
  BotApiEvents,
  CallbackAnswer,
  ChatAction,
  CommandSet,
  DeletedMessage,
  RecordedMessage,
  SentFile,
  WebhookSettings,
} from "./state.ts";
export { BotApiError, type InjectedFailure } from "./errors.ts";
export { supportedMethods } from "./methods/index.ts";
