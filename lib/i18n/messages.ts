import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import zh from "@/messages/zh.json";
import type { Locale } from "./routing";

export type Messages = typeof en;

const all: Record<Locale, Messages> = { en, ja, zh };

export function messagesFor(locale: Locale): Messages {
  return all[locale];
}
