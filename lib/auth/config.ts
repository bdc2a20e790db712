import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { UserRole } from "@/db/schema";
import { logger } from "@/lib/log";
import { clientIp } from "./client-ip";
import { checkCredentials } from "./credentials";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: UserRole } & DefaultSession["user"];
  }
  interface User {
    role?: UserRole;
  }
}

/** Carries why a sign-in failed to the sign-in action ("invalid" or "rate_limited"). */
export class SignInRefused extends CredentialsSignin {
  constructor(reason: "invalid" | "rate_limited") {
    super(reason);
    this.code = reason;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Behind `next start` or a reverse proxy the Host header is the app's own; Auth.js v5
  // otherwise refuses every request with UntrustedHost.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/en/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = typeof credentials.email === "string" ? credentials.email : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        if (!email || !password) throw new SignInRefused("invalid");
        const result = await checkCredentials({ email, password, ip: clientIp(request.headers) });
        if (result.status !== "ok") throw new SignInRefused(result.status);
        return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
      }
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
