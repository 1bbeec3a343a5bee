// Local Telegram Bot API server for end-to-end tests, bot-flow tests and the offline
// playground: over HTTP (startLocalBotApi) or in-process without a socket (createLocalBotApi).
export { startLocalBotApi, createLocalBotApi, LocalBotApi } from "./local-bot-api.ts";
export type { LocalBotApiOptions, LocalFetchInit, NewUser, UserContact, UserDocument } from "./local-bot-api.ts";
export { dispatch, type DispatchRequest, type DispatchResult } from "./dispatch.ts";
export type {
  ApiCall,
  BotApiEvents,
  CallbackAnswer,
  ChatAction,
  CommandSet,
  DeletedMessage,
  FailurePredicate,
  MessageContent,
  RecordedMessage,
  SentFile,
  WebhookSettings,
} from "./state.ts";
export { BotApiError, type InjectedFailure } from "./errors.ts";
export { supportedMethods } from "./methods/index.ts";
