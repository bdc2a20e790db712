import { z } from "zod";

export const emailField = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "invalidEmail" }))
  .transform((email) => email.toLowerCase());

export const passwordField = z
  .string({ error: "required" })
  .min(10, { error: "passwordTooShort" })
  .max(256, { error: "tooLong" });

export const signUpSchema = z.object({
  email: emailField,
  password: passwordField,
  name: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
  accountType: z.enum(["sme", "distributor"], { error: "invalidAccountType" }),
});
export type SignUpInput = z.output<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailField,
  // Sign-in does not enforce the length rule: an account may predate it.
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(256, { error: "tooLong" }),
  callbackUrl: z.string().optional(),
});
