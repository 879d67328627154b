// Strings of the security hardening (issue 13): rate limits, neutral sign-up, outages, OAuth.
export const securityFr = {
  // Codes /api/checkout sends back to the cart (components/checkout/checkout-error.tsx looks here too).
  checkoutErrors: {
    rate_limited: "Trop de paiements ont été commencés depuis votre connexion. Patientez quelques minutes puis réessayez.",
  },
  signUpTooMany: "Trop de comptes ont été créés depuis votre connexion. Réessayez dans {seconds} secondes.",
  signUpCheckInbox:
    "Impossible de vous connecter avec ce compte. Si cette adresse a déjà un compte, nous venons d'écrire à son propriétaire : connectez-vous ou suivez les indications de l'e-mail.",
  signInUnavailable: "La connexion est momentanément impossible. Réessayez dans un instant.",
  oauthRefused:
    "Ce compte ne peut pas être relié ainsi : l'adresse e-mail doit être vérifiée par le fournisseur, et les comptes opérateurs se connectent avec leur mot de passe.",
  changePassword: {
    title: "Changer de mot de passe",
    hint: "Tous vos appareils seront déconnectés : reconnectez-vous ensuite avec le nouveau mot de passe.",
    current: "Mot de passe actuel",
    next: "Nouveau mot de passe",
    submit: "Changer le mot de passe",
    submitting: "Changement…",
    done: "Mot de passe changé. Vous avez été déconnecté partout : connectez-vous avec le nouveau mot de passe.",
  },
  existingAccountEmail: {
    subject: "Tentative de création de compte avec votre adresse",
    heading: "Vous avez déjà un compte",
    intro: "Quelqu'un a essayé de créer un compte Comptoir avec votre adresse e-mail, qui a déjà un compte. Si c'était vous, connectez-vous avec votre mot de passe habituel.",
    cta: "Se connecter",
    footer: "Si ce n'était pas vous, ignorez ce message : votre compte n'a pas changé.",
  },
};

export const securityEn: typeof securityFr = {
  checkoutErrors: {
    rate_limited: "Too many payments were started from your connection. Wait a few minutes, then try again.",
  },
  signUpTooMany: "Too many accounts were created from your connection. Try again in {seconds} seconds.",
  signUpCheckInbox:
    "We could not sign you in with this account. If this address already has an account, we have just written to its owner: sign in, or follow the email's instructions.",
  signInUnavailable: "Signing in is not possible right now. Try again in a moment.",
  oauthRefused:
    "This account cannot be linked this way: the provider must have verified the email address, and operator accounts sign in with their password.",
  changePassword: {
    title: "Change password",
    hint: "All your devices will be signed out: sign in again with the new password.",
    current: "Current password",
    next: "New password",
    submit: "Change password",
    submitting: "Changing…",
    done: "Password changed. You were signed out everywhere: sign in with your new password.",
  },
  existingAccountEmail: {
    subject: "Someone tried to sign up with your address",
    heading: "You already have an account",
    intro: "Someone tried to create a Comptoir account with your email address, which already has one. If it was you, sign in with your usual password.",
    cta: "Sign in",
    footer: "If it was not you, ignore this message: nothing changed on your account.",
  },
};
