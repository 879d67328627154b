import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { paymentsState, type AccountFields } from "@/lib/connect/account-state";
import { pageCount, pageOffset } from "./pagination";

// Filters of the connected accounts page. They are views, not a partition: a new account that has
// not finished onboarding is both "restricted" (it cannot take charges) and "pending".
// - restricted: has an account, and charges are disabled, or something is past due, or Stripe gave
//   a disabled_reason.
// - pending: has an account whose details are not submitted yet, or that Stripe is verifying
//   (paymentsState "verifying": details sent, nothing due, at most a pending_verification reason).
// - complete: charges enabled and nothing currently due or past due.
// - none: the shop has no connected account.
export const ACCOUNT_FILTERS = ["all", "restricted", "pending", "complete", "none"] as const;
export type AccountFilter = (typeof ACCOUNT_FILTERS)[number];

export function isAccountFilter(value: unknown): value is AccountFilter {
  return typeof value === "string" && (ACCOUNT_FILTERS as readonly string[]).includes(value);
}

/** Pure twin of `accountFilterWhere`: whether one shop's account (or null) is in a filter. */
export function matchesAccountFilter(filter: AccountFilter, account: AccountFields | null): boolean {
  switch (filter) {
    case "all":
      return true;
    case "none":
      return account === null;
    case "restricted":
      return account !== null && (!account.chargesEnabled || account.pastDue.length > 0 || account.disabledReason !== null);
    case "pending":
      return account !== null && (!account.detailsSubmitted || paymentsState(account) === "verifying");
    case "complete":
      return account !== null && account.chargesEnabled && account.currentlyDue.length === 0 && account.pastDue.length === 0;
  }
}

const PENDING_VERIFICATION = "requirements.pending_verification";

/** The same filters as a Prisma condition on Shop (keep in step with `matchesAccountFilter`). */
export function accountFilterWhere(filter: AccountFilter): Prisma.ShopWhereInput {
  switch (filter) {
    case "all":
      return {};
    case "none":
      return { stripeAccount: { is: null } };
    case "restricted":
      return {
        stripeAccount: {
          is: { OR: [{ chargesEnabled: false }, { pastDue: { isEmpty: false } }, { disabledReason: { not: null } }] },
        },
      };
    case "pending":
      return {
        stripeAccount: {
          is: {
            OR: [
              { detailsSubmitted: false },
              // paymentsState "verifying", spelt out: not rejected, cannot charge yet, nothing due,
              // details sent (or documents under review), and no reason other than the verification.
              {
                chargesEnabled: false,
                currentlyDue: { isEmpty: true },
                pastDue: { isEmpty: true },
                OR: [{ detailsSubmitted: true }, { pendingVerification: { isEmpty: false } }],
                AND: [{ OR: [{ disabledReason: null }, { disabledReason: PENDING_VERIFICATION }] }],
              },
            ],
          },
        },
      };
    case "complete":
      return { stripeAccount: { is: { chargesEnabled: true, currentlyDue: { isEmpty: true }, pastDue: { isEmpty: true } } } };
  }
}

export const ACCOUNTS_PAGE_SIZE = 25;

export const accountRowSelect = {
  id: true,
  name: true,
  slug: true,
  status: true,
  currency: true,
  owner: { select: { email: true } },
  stripeAccount: {
    select: {
      stripeAccountId: true,
      chargesEnabled: true,
      payoutsEnabled: true,
      detailsSubmitted: true,
      currentlyDue: true,
      eventuallyDue: true,
      pastDue: true,
      pendingVerification: true,
      disabledReason: true,
      currentDeadline: true,
      lastSyncedAt: true,
    },
  },
} satisfies Prisma.ShopSelect;

export type AccountRow = Prisma.ShopGetPayload<{ select: typeof accountRowSelect }>;

/** Every shop with its connected account (or none), in a filter, by name. */
export async function listConnectedAccounts(filter: AccountFilter, page = 1) {
  const where = accountFilterWhere(filter);
  const [rows, total] = await Promise.all([
    db.shop.findMany({
      where,
      select: accountRowSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: pageOffset(page, ACCOUNTS_PAGE_SIZE),
      take: ACCOUNTS_PAGE_SIZE,
    }),
    db.shop.count({ where }),
  ]);
  return { rows, total, pages: pageCount(total, ACCOUNTS_PAGE_SIZE) };
}

/** How many shops each filter holds, for the filter tabs. */
export async function countAccountsByFilter(): Promise<Record<AccountFilter, number>> {
  const counts = await Promise.all(ACCOUNT_FILTERS.map((filter) => db.shop.count({ where: accountFilterWhere(filter) })));
  return Object.fromEntries(ACCOUNT_FILTERS.map((filter, i) => [filter, counts[i] ?? 0])) as Record<AccountFilter, number>;
}
