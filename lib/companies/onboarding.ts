import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { getDb, type Executor } from "@/db/client";
import { chambers, companies, companyMembers, type Company, type User } from "@/db/schema";
import { assertEmailVerified } from "@/lib/accounts/verification";
import { PublicError } from "@/lib/errors";
import { isRegionOf, type Country } from "@/lib/geo/regions";
import { getMembership } from "./access";
import { isValidRegistryNumber, registryKindOf } from "./registry-number";
import { localizedFrom, type CompanyFormInput } from "./schemas";

/** Which kind of company an account may create, and where such a company sits. */
export function companySideOf(user: Pick<User, "role">): { kind: "sme" | "distributor"; country: Country } {
  if (user.role === "sme") return { kind: "sme", country: "JP" };
  if (user.role === "distributor") return { kind: "distributor", country: "CN" };
  throw new PublicError("forbidden");
}

export function generateRef(): string {
  return `c-${randomBytes(6).toString("hex")}`;
}

/** Checks the parts of a profile that need the database or the company's country. */
export async function checkProfile(input: CompanyFormInput, country: Country, executor: Executor): Promise<void> {
  if (!isRegionOf(input.region, country)) throw new PublicError("regionInvalid", "region");
  const registry = registryKindOf(country);
  if (input.registryNumber && !isValidRegistryNumber(registry, input.registryNumber)) throw new PublicError(`${registry}Invalid`, "registryNumber");
  if (input.phone && !phoneNumber(input.phone, country)) throw new PublicError("phoneInvalid", "phone");
  if (input.chamberId) {
    const [chamber] = await executor.select({ id: chambers.id }).from(chambers).where(eq(chambers.id, input.chamberId)).limit(1);
    if (!chamber) throw new PublicError("invalid", "chamberId");
  }
}

/** A phone number as typed (national for the company's country, or international), in E.164; null when it is not a valid number. */
function phoneNumber(text: string, country: Country): string | null {
  const parsed = parsePhoneNumberFromString(text, country);
  return parsed?.isValid() ? parsed.number : null;
}

export function profileValues(input: CompanyFormInput, country: Country) {
  return {
    name: localizedFrom(input, "name")!,
    description: localizedFrom(input, "description") ?? null,
    region: input.region,
    city: input.city ?? null,
    languages: input.languages,
    employees: input.employees ?? null,
    foundedYear: input.foundedYear ?? null,
    website: input.website ?? null,
    registryNumber: input.registryNumber ?? null,
    wechatId: input.wechatId ?? null,
    lineId: input.lineId ?? null,
    wecomId: input.wecomId ?? null,
    phone: input.phone ? phoneNumber(input.phone, country) : null,
    chamberId: input.chamberId ?? null,
  };
}

/**
 * Creates the user's company, pending until an admin of its chamber approves it; the creator
 * becomes its owner. A user works for one company only.
 */
export async function createCompany(user: User, input: CompanyFormInput): Promise<Company> {
  const side = companySideOf(user);
  // Creating the company submits it to its chamber.
  assertEmailVerified(user);
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (await getMembership(user.id, tx)) throw new PublicError("alreadyHasCompany");
    await checkProfile(input, side.country, tx);
    const [company] = await tx
      .insert(companies)
      .values({ ...profileValues(input, side.country), ref: generateRef(), kind: side.kind, country: side.country, status: "pending" })
      .returning();
    await tx.insert(companyMembers).values({ companyId: company!.id, userId: user.id, role: "owner" });
    return company!;
  });
}
