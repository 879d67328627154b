import { adminFr } from "./admin";
import { sellerOrdersFr } from "./seller-orders";
import { catalogFr } from "./catalog";
import { storefrontFr } from "./storefront";
import { checkoutFr } from "./checkout";
import { paymentsFr } from "./payments";
import { shopFr } from "./shop";
import { shippingFr } from "./shipping";
import { adminMoneyFr } from "./admin-money";
import { moneyStockFr } from "./money-stock";
import { securityFr } from "./security";
import { jobsFr } from "./jobs";
import { onSitePaymentsFr } from "./on-site-payments";
import { subscriptionsFr } from "./subscriptions";

// Every string shown to a person, in French. en.ts must have the same shape (checked by its type).
export const fr = {
  meta: {
    title: "Comptoir — la place de marché des créateurs",
    description: "Des boutiques indépendantes, un seul panier, des paiements sécurisés par Stripe.",
  },
  common: {
    brand: "Comptoir",
    genericError: "Une erreur inattendue est survenue. Réessayez dans un instant.",
    skipToContent: "Aller au contenu",
  },
  header: {
    searchLabel: "Rechercher des produits",
    searchPlaceholder: "Produit ou boutique…",
    searchButton: "Rechercher",
    cart: "Panier",
    cartCount: "{count, plural, one {Panier, # article} other {Panier, # articles}}",
    signIn: "Se connecter",
    signUp: "Créer un compte",
    account: "Mon compte",
    accountMenu: "Menu du compte",
    sellerDashboard: "Espace vendeur",
    admin: "Administration",
    signOut: "Se déconnecter",
    language: "Langue",
    switchTo: "{language, select, fr {Passer en français} en {Passer en anglais} other {Changer de langue}}",
    mainNav: "Navigation principale",
    sell: "Vendre sur Comptoir",
  },
  footer: {
    tagline: "Des boutiques indépendantes, payées directement via Stripe Connect.",
    sell: "Vendre sur Comptoir",
    payments: "Paiements sécurisés par Stripe",
    rights: "© {year} Comptoir. Projet open source.",
  },
  home: {
    heroTitle: "Des créateurs indépendants, un seul comptoir",
    heroText: "Céramique, épicerie fine, papeterie : achetez directement aux boutiques, payez en toute sécurité.",
    heroCta: "Découvrir les produits",
    sellCta: "Ouvrir ma boutique",
    shopsTitle: "Les boutiques",
    productsTitle: "Nouveautés",
    noProducts: "Aucun produit pour le moment.",
    noShops: "Aucune boutique n'est encore ouverte.",
    productsCount: "{count, plural, one {# produit} other {# produits}}",
  },
  product: {
    unavailable: "Indisponible",
    unavailableHint: "Cette boutique ne peut pas encore encaisser de paiements.",
    outOfStock: "Épuisé",
    lowStock: "Plus que {count} en stock",
    by: "par {shop}",
  },
  search: {
    title: "Recherche",
    resultsFor: "Résultats pour « {query} »",
    noResults: "Aucun produit ne correspond à « {query} ».",
    noResultsHint: "Essayez un autre mot, ou parcourez les boutiques.",
    emptyQuery: "Tapez un mot pour rechercher parmi les produits.",
  },
  cart: {
    title: "Panier",
    empty: "Votre panier est vide.",
    emptyHint: "Parcourez les boutiques et ajoutez des produits.",
    browse: "Parcourir les produits",
  },
  auth: {
    signInTitle: "Connexion",
    signInSubtitle: "Content de vous revoir.",
    signUpTitle: "Créer un compte",
    signUpSubtitle: "Achetez aux créateurs ou ouvrez votre boutique.",
    email: "Adresse e-mail",
    password: "Mot de passe",
    passwordHint: "Au moins 8 caractères.",
    name: "Nom",
    accountType: "Je veux",
    roleBuyer: "Acheter",
    roleSeller: "Vendre",
    submitSignIn: "Se connecter",
    submitSignUp: "Créer mon compte",
    submitting: "Un instant…",
    noAccount: "Pas encore de compte ?",
    haveAccount: "Déjà un compte ?",
    invalidCredentials: "E-mail ou mot de passe incorrect.",
    tooManyAttempts: "Trop de tentatives. Réessayez dans {seconds} secondes.",
    invalidEmail: "Saisissez une adresse e-mail valide.",
    passwordTooShort: "Le mot de passe doit faire au moins 8 caractères.",
    passwordTooLong: "Le mot de passe doit faire au plus 128 caractères.",
    nameTooLong: "Le nom doit faire au plus 80 caractères.",
    orContinueWith: "ou continuer avec",
    continueWith: "Continuer avec {provider}",
    signedOut: "Vous êtes déconnecté.",
  },
  account: {
    title: "Mon compte",
    welcome: "Bonjour {name}",
    role: "Type de compte",
    roles: { BUYER: "Acheteur", SELLER: "Vendeur", ADMIN: "Administrateur" },
    memberSince: "Membre depuis le {date}",
    preferredLanguage: "Langue préférée",
    ordersTitle: "Mes commandes",
    noOrders: "Vous n'avez pas encore passé de commande.",
  },
  mailbox: {
    title: "Boîte aux lettres",
    intro: "Les e-mails envoyés par Comptoir (ou qui l'auraient été sans serveur SMTP), du plus récent au plus ancien.",
    to: "Destinataire : {to}",
    count: "{count, plural, one {# e-mail} other {# e-mails}}",
    empty: "Aucun e-mail envoyé pour le moment.",
    status: { PENDING: "en attente", SENT: "envoyé", FAILED: "échec de l'envoi" },
  },
  orderStatus: {
    PENDING: "En attente",
    PROCESSING: "En cours de traitement",
    PAID: "Payée",
    FAILED: "Échouée",
    EXPIRED: "Expirée",
    CANCELED: "Annulée",
    REFUNDED: "Remboursée",
    PARTIALLY_REFUNDED: "Partiellement remboursée",
  },
  sell: {
    title: "Vendez sur Comptoir",
    intro: "Ouvrez votre boutique en quelques minutes. Vos clients paient sur une page sécurisée de Stripe, et l'argent arrive directement sur votre compte.",
    feeTitle: "Une commission simple",
    feeText: "{percent} % + {fixed} par commande, prélevés automatiquement. Pas d'abonnement.",
    payoutsTitle: "Des virements directs",
    payoutsText: "Chaque vente est encaissée sur votre compte Stripe. Stripe vous vire ensuite votre solde sur votre compte bancaire.",
    merchantTitle: "Vous restez le commerçant",
    merchantText: "Vos clients vous achètent directement : vous gérez vos produits, vos commandes et vos remboursements.",
    cta: "Créer mon compte vendeur",
  },
  errors: {
    notFoundTitle: "Page introuvable",
    notFoundText: "Cette page n'existe pas ou n'est plus disponible.",
    home: "Retour à l'accueil",
    errorTitle: "Quelque chose s'est mal passé",
  },
  shop: shopFr,
  payments: paymentsFr,
  catalog: catalogFr,
  storefront: storefrontFr,
  checkout: checkoutFr,
  moneyStock: moneyStockFr,
  shipping: shippingFr,
  sellerOrders: sellerOrdersFr,
  adminArea: adminFr,
  adminMoney: adminMoneyFr,
  security: securityFr,
  jobs: jobsFr,
  onSitePayments: onSitePaymentsFr,
  subscriptions: subscriptionsFr,
  dateField: {
    hint: "Format : {pattern}",
    invalid: "Date invalide : saisissez une date existante au format {pattern}, par exemple {example}.",
    day: "jj",
    month: "mm",
    year: "aaaa",
  },
  languages: { fr: "Français", en: "English" },
};

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Messages = DeepStrings<typeof fr>;
