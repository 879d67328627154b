/** What the seller is shown about their connected account, derived from Stripe's fields. */
export type PaymentsState = "not_started" | "ready" | "verifying" | "info_due" | "rejected" | "disabled";

/** The connected account's fields the states and filters are derived from. */
export type AccountFields = {
  chargesEnabled: boolean;
  detailsSubmitted: boolean;
  currentlyDue: string[];
  pastDue: string[];
  pendingVerification: string[];
  disabledReason: string | null;
};

export function paymentsState(account: AccountFields | null | undefined): PaymentsState {
  if (!account) return "not_started";
  if (account.disabledReason?.startsWith("rejected")) return "rejected";
  if (account.chargesEnabled) return "ready";
  if (account.currentlyDue.length > 0 || account.pastDue.length > 0) return "info_due";
  if (account.detailsSubmitted || account.pendingVerification.length > 0) {
    const waitingOnStripe = !account.disabledReason || account.disabledReason === "requirements.pending_verification";
    return waitingOnStripe ? "verifying" : "disabled";
  }
  return account.disabledReason ? "disabled" : "info_due";
}

/**
 * Requirements to show, past-due first, without duplicates. A requirement reads "past due" only once
 * the deadline has passed: with a deadline still ahead it is simply due (by that date).
 */
export function dueRequirements(
  account: Pick<AccountFields, "currentlyDue" | "pastDue"> & { currentDeadline?: Date | null },
  now = new Date(),
): { code: string; pastDue: boolean }[] {
  const deadlineAhead = account.currentDeadline != null && account.currentDeadline.getTime() > now.getTime();
  const pastDue = new Set(deadlineAhead ? [] : account.pastDue);
  const codes = [...new Set([...account.pastDue, ...account.currentlyDue])];
  return codes.map((code) => ({ code, pastDue: pastDue.has(code) }));
}
