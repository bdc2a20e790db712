import { z } from "zod";

// C0 controls and DEL, except tab, newline and carriage return, which typed text may hold.
const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function hasControlCharacters(text: string): boolean {
  return control.test(text);
}

export function stripControlCharacters(text: string): string {
  return text.replace(controls, "");
}

/**
 * A text field for schemas that read input outside the action wrapper (which refuses control
 * characters in every field first): the same rule as a zod type.
 */
export const plainText = () => z.string().refine((text) => !hasControlCharacters(text), { error: "controlCharacters" });
