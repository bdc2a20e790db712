/**
 * Message keys as types. Keys written in the code are checked by next-intl's AppConfig
 * (lib/i18n/app-config.d.ts); keys built from data (an audit action, a zod issue, a channel code)
 * are checked once at run time with `knownKey`, which narrows them to the translator's key type.
 */
import type { Messages, MessageKeys, NestedKeyOf, NestedValueOf } from "next-intl";

/** Every message's full key: "errors.invalid", "catalog.errors.hsUnknown". */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** The keys of the messages under namespace `N`, relative to it: `KeyIn<"exchange.errors">`. */
export type KeyIn<N extends string> = MessageKeys<NestedValueOf<Messages, N>, NestedKeyOf<NestedValueOf<Messages, N>>>;

/** Whether the translator `t` has a message at `key`; if so `key` is one of its keys. */
export function knownKey<K extends string>(t: { has: (key: K) => boolean }, key: string): key is K {
  return t.has(key as K);
}
