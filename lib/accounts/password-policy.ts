import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Passwords as NIST SP 800-63B (revision 4) asks of a password that is the only factor: at least
 * 15 characters, no composition rules (any character, spaces and emoji included, up to 256), and
 * none that a guesser tries first. See README, "Security".
 */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 256;

// The 49,000 most common passwords of leaked sets, shipped by zxcvbn-ts; most are shorter than
// the minimum, but they also catch their longer variants below (repeats, a year on the end).
const common = new Set(dictionary["passwords-common"].map((word) => word.toLowerCase()));
const serviceWords = ["kakehashi", "架け橋", "架桥", "かけはし"];

/** The length users are told about: characters as people count them, not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/** Why a password of the right length is refused, or null: the message key of the refusal. */
export function weakPasswordReason(password: string, context: { email?: string; name?: string } = {}): "passwordCommon" | "passwordContext" | null {
  const lower = password.toLowerCase();
  const core = lower.replace(/[\s\d!-/:-@[-`{-~]+$/u, "").replace(/^[\s\d!-/:-@[-`{-~]+/u, "");
  if (common.has(lower) || common.has(core)) return "passwordCommon";
  // One short pattern over and over ("aaaaaaaaaaaaaaa", "abcabcabcabcabc", "123412341234…").
  if (/^(.{1,4}?)\1+$/su.test(lower) || new Set(lower).size < 4) return "passwordCommon";
  if (isSequence(lower)) return "passwordCommon";
  const local = context.email?.split("@")[0]?.toLowerCase();
  const words = [...serviceWords, local, ...(context.name?.toLowerCase().split(/\s+/) ?? [])].filter((w): w is string => !!w && w.length >= 4);
  // Built from the account's own email or name, or the site's: what is left once they are taken
  // out (with digits and punctuation, such as a year) must still be a password of its own.
  const found = words.filter((word) => lower.includes(word));
  if (found.length > 0) {
    const rest = found.reduce((text, word) => text.split(word).join(""), lower).replace(/[\s\d!-/:-@[-`{-~]/gu, "");
    if (passwordLength(rest) < 8) return "passwordContext";
  }
  return null;
}

/** "abcdefghijklmnop", "123456789012345", "9876543210…": each character one step from the last. */
function isSequence(text: string): boolean {
  const codes = [...text].map((c) => c.codePointAt(0)!);
  const steps = new Set(codes.slice(1).map((code, i) => code - codes[i]!));
  return steps.size === 1 && [1, -1].includes([...steps][0]!);
}
