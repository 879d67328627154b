import type { IncomingMessage } from "node:http";

export type Lang = "fr" | "en";

/**
 * Page language: `?lang=` (the visible FR/EN switch) wins, then the session's
 * `locale`, then the browser's Accept-Language; French by default.
 */
export function pickLang(req: IncomingMessage, url: URL, locale?: string | null, formLang?: string): Lang {
  const q = formLang ?? url.searchParams.get("lang");
  if (q === "fr" || q === "en") return q;
  if (locale && locale !== "auto") return locale.startsWith("fr") ? "fr" : "en";
  const al = String(req.headers["accept-language"] ?? "").toLowerCase();
  const first = al.split(",")[0]?.trim() ?? "";
  if (first.startsWith("en")) return "en";
  return "fr";
}

const fr = {
  testMode: "Mode test",
  langSwitch: "Langue",
  // checkout
  payTo: "Payer {name}",
  orderSummary: "Récapitulatif de la commande",
  qty: "Qté {n}",
  recurringEvery: "Abonnement : tous les {n} {unit}",
  unit_day: "jour(s)",
  unit_week: "semaine(s)",
  unit_month: "mois",
  unit_year: "an(s)",
  each: "{amount} l'unité",
  total: "Total dû",
  email: "E-mail",
  paymentMethod: "Moyen de paiement",
  card: "Carte",
  sepa: "Prélèvement SEPA",
  cardInfo: "Informations de la carte",
  cardNumber: "Numéro de carte",
  expiry: "Date d'expiration (MM / AA)",
  cvc: "CVC",
  holder: "Nom du titulaire du compte",
  iban: "IBAN",
  sepaMandate:
    "En fournissant votre IBAN et en confirmant ce paiement, vous autorisez {name} et Stripe à envoyer des instructions à votre banque pour débiter votre compte (mandat SEPA).",
  pay: "Payer {amount}",
  confirmFree: "Confirmer la commande",
  cancel: "Annuler et revenir à la boutique",
  testCards: "Données de test",
  testCardsHelp:
    "4242 4242 4242 4242 : paiement accepté · 4000 0000 0000 9995 : fonds insuffisants · 4000 0000 0000 0002 : carte refusée · 4000 0025 0000 3155 : authentification 3D Secure · IBAN DE89370400440532013000 : prélèvement réussi · IBAN AT861904300235473202 : prélèvement échoué. Date future et CVC quelconques.",
  expiredTitle: "Session expirée",
  expiredText: "Cette session de paiement a expiré. Retournez sur le site du marchand pour recommencer votre commande.",
  completeTitle: "Paiement effectué",
  completeText: "Ce paiement a déjà été effectué. Merci pour votre commande !",
  processingText: "Votre prélèvement SEPA a été enregistré ; la confirmation arrivera d'ici quelques jours.",
  backToSite: "Retour au site",
  notFoundTitle: "Page introuvable",
  notFoundText: "Cette session de paiement n'existe pas.",
  errEmail: "Votre adresse e-mail est invalide.",
  errCardNumber: "Votre numéro de carte est invalide.",
  errExpiry: "La date d'expiration de votre carte est invalide.",
  errExpiryPast: "La date d'expiration de votre carte est dépassée.",
  errCvc: "Le code de sécurité de votre carte est incomplet.",
  shippingAddress: "Adresse de livraison",
  fullName: "Nom complet",
  addressLine1: "Adresse",
  addressLine2: "Complément d'adresse (facultatif)",
  postalCode: "Code postal",
  city: "Ville",
  shippingMethod: "Mode de livraison",
  shipping: "Livraison",
  free: "Gratuit",
  deliveryEstimate: "{min} à {max} jours",
  subtotal: "Sous-total",
  errShippingAddress: "Indiquez le nom et l'adresse complète de livraison.",
  errShippingCountry: "Nous ne livrons pas dans ce pays.",
  errShippingRate: "Choisissez un mode de livraison.",
  errHolder: "Le nom du titulaire du compte est requis.",
  errIban: "Votre IBAN est invalide.",
  errMethod: "Ce moyen de paiement n'est pas disponible pour cette commande.",
  // 3-D Secure
  threeDsTitle: "Authentification 3D Secure de test",
  threeDsText: "{name} vous demande d'authentifier un paiement de {amount} avec la carte se terminant par {last4}. Ceci est une page de test : choisissez le résultat.",
  threeDsPass: "Valider l'authentification",
  threeDsFail: "Échouer l'authentification",
  // onboarding
  onbTitle: "Inscription de votre compte",
  onbIntro: "{platform} utilise Stripe pour encaisser vos ventes et vous verser vos revenus. Vérifiez les informations ci-dessous.",
  businessName: "Nom de l'entreprise",
  website: "Site web",
  country: "Pays",
  accountId: "Identifiant du compte",
  onbChoose: "Simulation : choisissez comment se termine l'inscription.",
  onbComplete: "Terminer l'inscription",
  onbIncomplete: "Quitter avec des informations manquantes",
  onbReject: "Simuler un refus",
  onbInvalid: "Ce lien d'inscription n'est pas valide.",
  expressTitle: "Tableau de bord Express (émulé)",
  receiptTitle: "Reçu",
};

export type Messages = typeof fr;

const en: Messages = {
  testMode: "Test mode",
  langSwitch: "Language",
  payTo: "Pay {name}",
  orderSummary: "Order summary",
  qty: "Qty {n}",
  recurringEvery: "Subscription: every {n} {unit}",
  unit_day: "day(s)",
  unit_week: "week(s)",
  unit_month: "month(s)",
  unit_year: "year(s)",
  each: "{amount} each",
  total: "Total due",
  email: "Email",
  paymentMethod: "Payment method",
  card: "Card",
  sepa: "SEPA Direct Debit",
  cardInfo: "Card information",
  cardNumber: "Card number",
  expiry: "Expiration date (MM / YY)",
  cvc: "CVC",
  holder: "Account holder name",
  iban: "IBAN",
  sepaMandate:
    "By providing your IBAN and confirming this payment, you authorise {name} and Stripe to send instructions to your bank to debit your account (SEPA mandate).",
  pay: "Pay {amount}",
  confirmFree: "Complete order",
  cancel: "Cancel and return to the store",
  testCards: "Test data",
  testCardsHelp:
    "4242 4242 4242 4242: succeeds · 4000 0000 0000 9995: insufficient funds · 4000 0000 0000 0002: declined · 4000 0025 0000 3155: 3D Secure authentication · IBAN DE89370400440532013000: debit succeeds · IBAN AT861904300235473202: debit fails. Any future date and any CVC.",
  expiredTitle: "Session expired",
  expiredText: "This checkout session has expired. Go back to the merchant's site to start your order again.",
  completeTitle: "Payment complete",
  completeText: "This payment is already complete. Thank you for your order!",
  processingText: "Your SEPA Direct Debit has been recorded; confirmation will follow within a few days.",
  backToSite: "Back to the site",
  notFoundTitle: "Page not found",
  notFoundText: "This checkout session does not exist.",
  errEmail: "Your email address is invalid.",
  errCardNumber: "Your card number is invalid.",
  errExpiry: "Your card's expiration date is invalid.",
  errExpiryPast: "Your card's expiration date is in the past.",
  errCvc: "Your card's security code is incomplete.",
  shippingAddress: "Shipping address",
  fullName: "Full name",
  addressLine1: "Address",
  addressLine2: "Address line 2 (optional)",
  postalCode: "Postal code",
  city: "City",
  shippingMethod: "Shipping method",
  shipping: "Shipping",
  free: "Free",
  deliveryEstimate: "{min} to {max} days",
  subtotal: "Subtotal",
  errShippingAddress: "Enter the name and full delivery address.",
  errShippingCountry: "We don't ship to this country.",
  errShippingRate: "Choose a shipping method.",
  errHolder: "The account holder name is required.",
  errIban: "Your IBAN is invalid.",
  errMethod: "This payment method is not available for this order.",
  threeDsTitle: "3D Secure test authentication",
  threeDsText: "{name} asks you to authenticate a payment of {amount} with the card ending in {last4}. This is a test page: choose the outcome.",
  threeDsPass: "Complete authentication",
  threeDsFail: "Fail authentication",
  onbTitle: "Set up your account",
  onbIntro: "{platform} uses Stripe to accept your sales and pay out your earnings. Check the details below.",
  businessName: "Business name",
  website: "Website",
  country: "Country",
  accountId: "Account ID",
  onbChoose: "Simulation: choose how onboarding ends.",
  onbComplete: "Finish onboarding",
  onbIncomplete: "Leave with information still due",
  onbReject: "Simulate rejection",
  onbInvalid: "This onboarding link is not valid.",
  expressTitle: "Express dashboard (emulated)",
  receiptTitle: "Receipt",
};

export const MESSAGES: Record<Lang, Messages> = { fr, en };

export function t(lang: Lang, key: keyof Messages, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

export function esc(s: string | number | null | undefined): string {
  return String(s ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
