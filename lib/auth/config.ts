import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { UserRole } from "@/db/schema";
import { redeemEmailLink } from "@/lib/accounts/email-link";
import { findUserByIdForRequest } from "@/lib/accounts/users";
import { logger } from "@/lib/log";
import { clientIp } from "./client-ip";
import { checkCredentials } from "./credentials";
import { servedOverHttps } from "@/lib/http/security-headers";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: UserRole } & DefaultSession["user"];
  }
  interface User {
    role?: UserRole;
    sessionVersion?: number;
  }
}

export type SignInRefusal = "invalid" | "rate_limited" | "suspended" | "link_invalid";

/** Carries why a sign-in failed to the sign-in action. */
export class SignInRefused extends CredentialsSignin {
  constructor(reason: SignInRefusal) {
    super(reason);
    this.code = reason;
  }
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Behind `next start` or a reverse proxy the Host header is the app's own; Auth.js v5
  // otherwise refuses every request with UntrustedHost.
  trustHost: true,
  useSecureCookies: servedOverHttps(),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/en/sign-in" },
  providers: [
    Credentials({
      id: "credentials",
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = text(credentials.email);
        const password = text(credentials.password);
        if (!email || !password) throw new SignInRefused("invalid");
        const result = await checkCredentials({ email, password, ip: clientIp(request.headers) });
        if (result.status !== "ok") throw new SignInRefused(result.status);
        const { user } = result;
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
    Credentials({
      // A one-time link from an email, optionally with the new password chosen on its page.
      id: "email-link",
      credentials: { token: {}, newPassword: {} },
      async authorize(credentials) {
        const user = await redeemEmailLink(text(credentials.token), text(credentials.newPassword) || undefined);
        if (!user) throw new SignInRefused("link_invalid");
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion ?? 0;
        return token;
      }
      // Every later read of the session (auth(), /api/auth/session) asks the database whether the
      // session still stands: null ends it and clears the cookie. Within a page render the row is
      // read once and shared with lookupSessionUser.
      const current = token.sub ? await findUserByIdForRequest(token.sub) : undefined;
      if (!current || current.status !== "active" || current.sessionVersion !== token.sv) return null;
      token.role = current.role;
      return token;
    },
    session({ session, token }) {
      // The role here is only a hint for rendering; every action re-reads the user from the database.
      session.user.id = token.sub ?? "";
      session.user.role = token.role as UserRole;
      return session;
    },
  },
  logger: {
    error(error) {
      // A wrong password is an expected outcome, not a server error.
      if (error instanceof CredentialsSignin) return;
      logger().error({ source: "auth", err: error }, error.message);
    },
  },
});
