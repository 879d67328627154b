// Strings of background work (issue 12): the admin's email outbox page.
export const jobsFr = {
  emails: {
    nav: "E-mails",
    title: "E-mails sortants",
    intro:
      "Chaque e-mail part au moins une fois : il n'est marqué envoyé qu'après l'accord du serveur SMTP, et un échec est réessayé avec un délai croissant. Ceux qui échouent encore après le dernier essai attendent ici qu'on les relance.",
    summary: "{failed} en échec, {pending} en attente d'envoi, {sent} envoyés",
    empty: "Aucun e-mail en échec ni en attente",
    emptyHint: "Tout ce qui devait partir est parti.",
    columns: { to: "Destinataire", subject: "Objet", status: "État", attempts: "Essais", lastError: "Dernière erreur", createdAt: "Créé le", action: "Action" },
    status: { PENDING: "En attente", SENT: "Envoyé", FAILED: "Échoué" },
    nextAttempt: "prochain essai {date}",
    retry: "Relancer",
    retrying: "Relance…",
    retryLabel: "Relancer l'e-mail à {to} : {subject}",
    retried: { ok: "L'e-mail est de nouveau dans la file d'envoi.", notFound: "Cet e-mail n'est plus en échec (déjà relancé ou envoyé)." },
  },
};

export type JobsMessages = typeof jobsFr;

export const jobsEn: JobsMessages = {
  emails: {
    nav: "Emails",
    title: "Outgoing email",
    intro:
      "Every email goes out at least once: it is marked sent only once the SMTP server accepted it, and a failure is retried with growing delays. Those still failing after the last attempt wait here for you to retry them.",
    summary: "{failed} failed, {pending} waiting to be sent, {sent} sent",
    empty: "No failed or waiting email",
    emptyHint: "Everything that had to go out went out.",
    columns: { to: "To", subject: "Subject", status: "Status", attempts: "Attempts", lastError: "Last error", createdAt: "Created", action: "Action" },
    status: { PENDING: "Waiting", SENT: "Sent", FAILED: "Failed" },
    nextAttempt: "next attempt {date}",
    retry: "Retry",
    retrying: "Retrying…",
    retryLabel: "Retry the email to {to}: {subject}",
    retried: { ok: "The email is back in the outbox.", notFound: "This email is no longer failed (already retried or sent)." },
  },
};
