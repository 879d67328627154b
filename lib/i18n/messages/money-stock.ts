// Strings of issue 11 (money and stock): currency limits at checkout, checkout attempts, fixed fees
// per currency, refunds and payments that arrive for canceled orders.
export const moneyStockFr = {
  checkoutErrors: {
    below_minimum: "Le total est inférieur au minimum que Stripe accepte dans cette devise ({minimum}). Ajoutez des articles puis réessayez.",
    above_maximum: "Le total dépasse le maximum que Stripe accepte pour un paiement ({maximum}). Payez en plusieurs fois en retirant des articles.",
    not_chargeable: "Ce montant ne peut pas être payé dans cette devise. Rien n'a été débité.",
    too_many_reserved: "Votre panier réserve déjà beaucoup d'articles en attente de paiement. Terminez ou annulez un paiement en cours, puis réessayez.",
    too_many_attempts: "Trop de paiements commencés depuis ce panier ces dernières minutes. Réessayez dans quelques minutes.",
    attempt_paid: "Le paiement précédent de ce panier vient d'être effectué : retrouvez-le dans vos commandes. Rien d'autre n'a été débité.",
  },
  canceled: "Paiement annulé : rien n'a été débité et les articles sont de nouveau disponibles. Ils restent dans votre panier.",
  refunds: {
    confirmFull: "C'est la totalité de ce qui reste ({amount}). Cochez pour confirmer le remboursement complet.",
    confirmFullLabel: "Oui, rembourser la totalité",
    feePolicy: {
      proportional: "Les frais de la plateforme sont rendus au prorata du montant remboursé (règle de la plateforme).",
      never: "Les frais de la plateforme ne sont pas rendus lors d'un remboursement (règle de la plateforme).",
    },
    errors: {
      confirmFull: "Confirmez le remboursement de la totalité.",
      refused: "Stripe a refusé ce remboursement : {message}",
      stripe: "Stripe n'a pas encore confirmé ce remboursement. Renvoyez le formulaire : il ne sera fait qu'une fois.",
    },
    status: {
      submitting: "envoi à Stripe…",
      pending: "en cours",
      requires_action: "en attente",
      succeeded: "effectué",
      failed: "échoué",
      canceled: "annulé",
    },
    failed: "Ce remboursement a échoué : l'argent n'a pas été rendu et les montants de la commande en tiennent compte.",
  },
  fixedFees: {
    current: "Actuellement : {bps} + un montant fixe par devise",
    title: "Montant fixe par commande, par devise",
    hint: "Chaque devise a son propre montant, saisi dans cette devise (0,30 € n'est pas ¥30). Un champ vide : pas de montant fixe pour les commandes dans cette devise.",
    currency: "Devise",
    amount: "Montant fixe",
    fieldLabel: "Montant fixe en {currency}",
    none: "Aucun montant fixe",
    noneCount: "{count, plural, one {# devise sans montant fixe : seul le pourcentage s’applique à ses commandes.} other {# devises sans montant fixe : seul le pourcentage s’applique à leurs commandes.}}",
    errors: {
      fixedRange: "Entre 0 et {max}.",
    },
    shopNone: "pas de montant fixe en {currency}",
  },
  feeAgreement: {
    matches: "Égal au registre des frais reçu de Stripe.",
    differs: "Le registre des frais reçu de Stripe indique {ledger} pour ces commandes.",
    missing: "{count, plural, one {# commande payée n’y a pas encore de frais : son événement application_fee.created n’est pas arrivé (ou c’est une donnée de démonstration).} other {# commandes payées n’y ont pas encore de frais : leur événement application_fee.created n’est pas arrivé (ou ce sont des données de démonstration).}}",
    mismatched: "{count, plural, one {# commande y a un montant de frais différent de celui de la commande.} other {# commandes y ont un montant de frais différent de celui de la commande.}}",
    repair: "npm run reconcile rattrape les événements manqués.",
  },
  timeline: {
    checkout_closed: "Tentative de paiement close (session expirée, stock rendu)",
    payment_on_closed_order: "Paiement arrivé pour une commande close",
    refund_pending: "Remboursement enregistré, envoyé à Stripe",
    refund_failed: "Remboursement échoué",
  },
  alerts: {
    title: "À vérifier",
    hint: "Paiements arrivés pour une commande déjà close, et remboursements qui ont échoué après coup.",
    empty: "Rien à vérifier.",
    late_payment: {
      reinstated: "Paiement arrivé après la clôture : commande rétablie (le stock était disponible)",
      refund: "Paiement arrivé après la clôture : remboursé en totalité (stock plus disponible)",
      waiting: "Paiement arrivé après la clôture : en cours de traitement, sera remboursé s'il aboutit",
    },
    refund_failed: "Remboursement échoué",
    order: "Commande {id}",
  },
  refundPolicy: {
    title: "Frais de la plateforme lors d'un remboursement",
    hint: "Règle de la plateforme pour tous les remboursements à venir ; les vendeurs la voient sur le formulaire de remboursement.",
    proportional: "Rendre les frais au prorata du montant remboursé (par défaut)",
    never: "Garder les frais de la plateforme",
    submit: "Enregistrer la règle",
    saved: "Règle de remboursement des frais enregistrée.",
  },
};

export const moneyStockEn: typeof moneyStockFr = {
  checkoutErrors: {
    below_minimum: "The total is below the minimum Stripe accepts in this currency ({minimum}). Add items and try again.",
    above_maximum: "The total is above the maximum Stripe accepts for one payment ({maximum}). Remove items and pay in several goes.",
    not_chargeable: "This amount cannot be charged in this currency. Nothing was charged.",
    too_many_reserved: "Your cart already holds many items awaiting payment. Finish or cancel a payment in progress, then try again.",
    too_many_attempts: "Too many payments started from this cart in the last few minutes. Try again in a few minutes.",
    attempt_paid: "The previous payment of this cart has just gone through: find it in your orders. Nothing else was charged.",
  },
  canceled: "Payment canceled: nothing was charged and the items are available again. They are still in your cart.",
  refunds: {
    confirmFull: "This is all that remains ({amount}). Tick to confirm the full refund.",
    confirmFullLabel: "Yes, refund everything",
    feePolicy: {
      proportional: "The platform's fee is given back in proportion to the amount refunded (platform rule).",
      never: "The platform's fee is not given back on refunds (platform rule).",
    },
    errors: {
      confirmFull: "Confirm the full refund.",
      refused: "Stripe refused this refund: {message}",
      stripe: "Stripe has not confirmed this refund yet. Send the form again: it will only be made once.",
    },
    status: {
      submitting: "sending to Stripe…",
      pending: "pending",
      requires_action: "waiting",
      succeeded: "done",
      failed: "failed",
      canceled: "canceled",
    },
    failed: "This refund failed: the money was not given back and the order's figures reflect it.",
  },
  fixedFees: {
    current: "Currently: {bps} + a fixed amount per currency",
    title: "Fixed amount per order, per currency",
    hint: "Each currency has its own amount, typed in that currency (€0.30 is not ¥30). An empty field: no fixed amount on orders in that currency.",
    currency: "Currency",
    amount: "Fixed amount",
    fieldLabel: "Fixed amount in {currency}",
    none: "No fixed amount",
    noneCount: "{count, plural, one {# currency without a fixed amount: only the percentage applies to its orders.} other {# currencies without a fixed amount: only the percentage applies to their orders.}}",
    errors: {
      fixedRange: "Between 0 and {max}.",
    },
    shopNone: "no fixed amount in {currency}",
  },
  feeAgreement: {
    matches: "Matches the fee ledger received from Stripe.",
    differs: "The fee ledger received from Stripe says {ledger} for these orders.",
    missing: "{count, plural, one {# paid order has no fee there yet: its application_fee.created event has not arrived (or it is demo data).} other {# paid orders have no fee there yet: their application_fee.created event has not arrived (or they are demo data).}}",
    mismatched: "{count, plural, one {# order has a different fee there than on the order.} other {# orders have a different fee there than on the order.}}",
    repair: "npm run reconcile catches up missed events.",
  },
  timeline: {
    checkout_closed: "Payment attempt closed (session expired, stock returned)",
    payment_on_closed_order: "Payment arrived for a closed order",
    refund_pending: "Refund recorded, sent to Stripe",
    refund_failed: "Refund failed",
  },
  alerts: {
    title: "To check",
    hint: "Payments that arrived for an order already closed, and refunds that failed afterwards.",
    empty: "Nothing to check.",
    late_payment: {
      reinstated: "Payment after closing: order reinstated (the stock was available)",
      refund: "Payment after closing: refunded in full (stock no longer available)",
      waiting: "Payment after closing: still processing, refunded if it succeeds",
    },
    refund_failed: "Refund failed",
    order: "Order {id}",
  },
  refundPolicy: {
    title: "Platform fee on refunds",
    hint: "The platform's rule for all refunds from now on; sellers see it on the refund form.",
    proportional: "Give the fee back in proportion to the amount refunded (default)",
    never: "Keep the platform's fee",
    submit: "Save the rule",
    saved: "Fee refund rule saved.",
  },
};

export type MoneyStockMessages = typeof moneyStockFr;
