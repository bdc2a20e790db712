import type { Locale } from "@/lib/i18n/routing";
import { postFrom } from "./request";

/** Builds the FormData a browser would post for a form. */
export function formData(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

/** The FormData of a form on a page in `locale`: the action it is posted to answers in that language. */
export function pageForm(locale: Locale, fields: Record<string, string | string[]>): FormData {
  postFrom(locale);
  return formData(fields);
}
