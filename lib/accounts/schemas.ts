import { z } from "zod";
import { plainText } from "@/lib/text/control-characters";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength, weakPasswordReason } from "./password-policy";

export const emailField = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "invalidEmail" }))
  .transform((email) => email.toLowerCase());

/** A new password (see password-policy.ts): long enough and not one a guesser tries first. */
export const passwordField = z
  .string({ error: "required" })
  .max(PASSWORD_MAX_LENGTH, { error: "tooLong" })
  .refine((password) => passwordLength(password) >= PASSWORD_MIN_LENGTH, { error: "passwordTooShort", abort: true })
  .refine((password) => weakPasswordReason(password) === null, { error: "passwordCommon" });

/** Refuses a new password built from the account's own email or name. */
function notAboutTheAccount<T extends { email?: string; name?: string }>(key: keyof T & string, context: (input: T) => { email?: string; name?: string }) {
  return (input: T, ctx: z.RefinementCtx) => {
    const password = input[key];
    if (typeof password === "string" && weakPasswordReason(password, context(input)) === "passwordContext") {
      ctx.addIssue({ code: "custom", path: [key], message: "passwordContext" });
    }
  };
}

export const signUpSchema = z
  .object({
    email: emailField,
    password: passwordField,
    name: plainText().trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
    accountType: z.enum(["sme", "distributor"], { error: "invalidAccountType" }),
  })
  .superRefine(notAboutTheAccount("password", (input) => input));
export type SignUpInput = z.output<typeof signUpSchema>;

/** Where to go after signing in: checked against this site's pages by the sign-in action. */
const callbackUrlField = z.string().max(2048).optional();

export const signInSchema = z.object({
  email: emailField,
  // Sign-in does not enforce the length rule: an account may predate it.
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(PASSWORD_MAX_LENGTH, { error: "tooLong" }),
  callbackUrl: callbackUrlField,
});

export const emailLinkRequestSchema = z.object({ email: emailField });

const tokenField = z.string({ error: "required" }).regex(/^[A-Za-z0-9_-]{20,100}$/, { error: "account.errors.linkInvalid" });

/** Opening an emailed link: sign in as it is, or with a new password chosen on its page. */
export const emailLinkSignInSchema = z.object({ token: tokenField, callbackUrl: callbackUrlField });
export const emailLinkResetSchema = z.object({ token: tokenField, newPassword: passwordField });

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string({ error: "required" }).min(1, { error: "required" }).max(PASSWORD_MAX_LENGTH, { error: "tooLong" }),
    newPassword: passwordField,
  })
  .refine((input) => input.currentPassword !== input.newPassword, { path: ["newPassword"], error: "account.errors.samePassword" });
