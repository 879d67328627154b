// The demo marketplace, as plain data: prisma/seed.ts writes it to the database, and the local
// Stripe emulator can build the same connected accounts from SHOPS (see toStripeAccount).
// Money is in minor units (2400 = 24,00 €). Types only are imported, so this file has no runtime
// dependency on the generated Prisma client.
import type { Locale, OrderStatus, Role } from "../generated/prisma/enums";

/** Every demo account signs in with this password. It is a public demo value, not a secret. */
export const DEMO_PASSWORD = "motdepasse-demo";

/** The platform default fee: 5 % (PlatformSettings id = 1) + 0,30 € (PlatformFixedFee eur). */
export const PLATFORM_FEE = { feeBps: 500, feeFixed: 30 } as const;

/** Application fee for a subtotal: ceil(subtotal × bps / 10 000) + fixed, never more than the subtotal. */
export function platformFee(
  subtotal: number,
  feeBps: number = PLATFORM_FEE.feeBps,
  feeFixed: number = PLATFORM_FEE.feeFixed,
): number {
  return Math.min(subtotal, Math.ceil((subtotal * feeBps) / 10_000) + feeFixed);
}

export interface SeedUser {
  email: string;
  name: string;
  role: Role;
  /** null: no saved preference, the UI follows the browser. */
  locale: Locale | null;
}

export const ADMIN: SeedUser = { email: "admin@comptoir.test", name: "Équipe Comptoir", role: "ADMIN", locale: "fr" };

export const SELLERS = [
  { email: "claire@comptoir.test", name: "Claire Dubois", role: "SELLER", locale: "fr" },
  { email: "olivia@comptoir.test", name: "Olivia Martínez", role: "SELLER", locale: "en" },
  { email: "paul@comptoir.test", name: "Paul Le Goff", role: "SELLER", locale: "fr" },
] as const satisfies readonly SeedUser[];

export const BUYERS = [
  { email: "alice@comptoir.test", name: "Alice Bernard", role: "BUYER", locale: "fr" },
  { email: "bob@comptoir.test", name: "Bob Smith", role: "BUYER", locale: null },
] as const satisfies readonly SeedUser[];

export const SEED_USERS: readonly SeedUser[] = [ADMIN, ...SELLERS, ...BUYERS];

/** A connected account as last synced from Stripe (mirrors the ConnectedAccount model). */
export interface SeedAccount {
  stripeAccountId: string;
  /** complete: can take payments; incomplete: Stripe wants more information and has disabled charges. */
  state: "complete" | "incomplete";
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
  currentlyDue: string[];
  eventuallyDue: string[];
  pastDue: string[];
  pendingVerification: string[];
  disabledReason: string | null;
  /** Relative, so the deadline is always a few days ahead of the day the demo is seeded. */
  currentDeadlineInDays: number | null;
}

export interface SeedShop {
  slug: string;
  name: string;
  description: string;
  country: string;
  currency: string;
  logoUrl: string;
  ownerEmail: string;
  /** null: the seller has not started Stripe onboarding. */
  account: SeedAccount | null;
}

const OLIVIA_MISSING = ["individual.verification.document", "external_account"];

export const SHOPS: readonly SeedShop[] = [
  {
    slug: "atelier-lumiere",
    name: "Atelier Lumière",
    description: "Céramiques, bougies et objets du quotidien façonnés à la main à Lyon.",
    country: "FR",
    currency: "eur",
    logoUrl: "/seed/shops/atelier-lumiere.svg",
    ownerEmail: "claire@comptoir.test",
    account: {
      stripeAccountId: "acct_demo_atelier",
      state: "complete",
      chargesEnabled: true,
      payoutsEnabled: true,
      detailsSubmitted: true,
      currentlyDue: [],
      eventuallyDue: [],
      pastDue: [],
      pendingVerification: [],
      disabledReason: null,
      currentDeadlineInDays: null,
    },
  },
  {
    slug: "maison-olivia",
    name: "Maison Olivia",
    description: "Huile d'olive, savons et textiles de Méditerranée, sélectionnés chez de petits producteurs.",
    country: "FR",
    currency: "eur",
    logoUrl: "/seed/shops/maison-olivia.svg",
    ownerEmail: "olivia@comptoir.test",
    account: {
      stripeAccountId: "acct_demo_olivia",
      state: "incomplete",
      chargesEnabled: false,
      payoutsEnabled: false,
      detailsSubmitted: true,
      currentlyDue: OLIVIA_MISSING,
      eventuallyDue: OLIVIA_MISSING,
      pastDue: OLIVIA_MISSING,
      pendingVerification: [],
      disabledReason: "requirements.past_due",
      currentDeadlineInDays: 4,
    },
  },
  {
    slug: "brulerie-du-port",
    name: "Brûlerie du Port",
    description: "Cafés torréfiés chaque semaine sur le port de Nantes, thés et douceurs pour les accompagner.",
    country: "FR",
    currency: "eur",
    logoUrl: "/seed/shops/brulerie-du-port.svg",
    ownerEmail: "paul@comptoir.test",
    account: null,
  },
];

export interface SeedProduct {
  shopSlug: string;
  /** Unique within its shop: the seed matches existing rows by (shop, name). */
  name: string;
  description: string;
  priceAmount: number;
  /** null: unlimited. */
  stock: number | null;
  imageUrl: string;
  active: boolean;
  /** Sold by subscription (issue 14): every `recurringIntervalCount` intervals. */
  recurringInterval?: "week" | "month" | "year";
  recurringIntervalCount?: number;
}

const img = (name: string) => `/seed/products/${name}.svg`;
const ATELIER = "atelier-lumiere";
const OLIVIA = "maison-olivia";
const BRULERIE = "brulerie-du-port";

export const PRODUCTS: readonly SeedProduct[] = [
  {
    shopSlug: ATELIER,
    name: "Mug en grès émaillé",
    priceAmount: 2400,
    stock: 12,
    imageUrl: img("ceramic-mug"),
    active: true,
    description: "Grès tourné à la main, émail bleu profond coulé à la louche. 33 cl, passe au lave-vaisselle.",
  },
  {
    shopSlug: ATELIER,
    name: "Théière en céramique",
    priceAmount: 6800,
    stock: 3,
    imageUrl: img("teapot"),
    active: true,
    description: "Théière de 80 cl avec filtre intégré, émail vert céladon. Pièce unique, légères variations.",
  },
  {
    shopSlug: ATELIER,
    name: "Bougie parfumée Figue & Cèdre",
    priceAmount: 2200,
    stock: null,
    imageUrl: img("candle"),
    active: true,
    description: "Cire végétale de colza, mèche en coton, environ 40 heures de combustion.",
  },
  {
    shopSlug: ATELIER,
    name: "Cache-pot en terre cuite",
    priceAmount: 3200,
    stock: 8,
    imageUrl: img("plant-pot"),
    active: true,
    description: "Terre cuite brute avec soucoupe, pour plantes de 12 à 14 cm.",
  },
  {
    shopSlug: ATELIER,
    name: "Bougies du mois (abonnement)",
    priceAmount: 1500,
    stock: null,
    imageUrl: img("candle"),
    active: true,
    description: "Une bougie de saison chaque mois, livrée chez vous. Résiliable à tout moment.",
    recurringInterval: "month",
    recurringIntervalCount: 1,
  },
  {
    shopSlug: ATELIER,
    name: "Carnet relié main",
    priceAmount: 1800,
    stock: null,
    imageUrl: img("notebook"),
    active: true,
    description: "Couverture toilée, 120 pages de papier ivoire 100 g, élastique et signet.",
  },
  {
    shopSlug: ATELIER,
    name: "Affiche « Soleil de Provence »",
    priceAmount: 3500,
    stock: null,
    imageUrl: img("poster-print"),
    active: true,
    description: "Impression giclée sur papier d'art 30 × 40 cm, cadre non fourni.",
  },
  {
    shopSlug: ATELIER,
    name: "Boucles d'oreilles Arche",
    priceAmount: 4500,
    stock: 2,
    imageUrl: img("earrings"),
    active: true,
    description: "Laiton doré à l'or fin et émail terracotta, crochets hypoallergéniques.",
  },
  {
    shopSlug: ATELIER,
    name: "Tote bag en lin",
    priceAmount: 2900,
    stock: 20,
    imageUrl: img("linen-tote"),
    active: true,
    description: "Lin lavé épais, sérigraphie à l'encre à l'eau, anses longues.",
  },
  {
    shopSlug: ATELIER,
    name: "Vase soliflore",
    priceAmount: 3900,
    stock: 5,
    imageUrl: img("bud-vase"),
    active: true,
    description: "Petit vase en grès pour une tige, 18 cm de haut.",
  },
  // Withdrawn from sale: shows that inactive products stay out of the storefront.
  {
    shopSlug: ATELIER,
    name: "Bougie de Noël (édition 2025)",
    priceAmount: 2400,
    stock: 0,
    imageUrl: img("candle"),
    active: false,
    description: "Édition limitée cannelle et orange, épuisée.",
  },
  {
    shopSlug: OLIVIA,
    name: "Foulard en soie",
    priceAmount: 5900,
    stock: 4,
    imageUrl: img("silk-scarf"),
    active: true,
    description: "Twill de soie 90 × 90 cm, roulotté main, imprimé à Côme.",
  },
  {
    shopSlug: OLIVIA,
    name: "Savon à l'huile d'olive",
    priceAmount: 650,
    stock: null,
    imageUrl: img("olive-soap"),
    active: true,
    description: "Saponifié à froid, 72 % d'huile d'olive, sans parfum ajouté. 100 g.",
  },
  {
    shopSlug: OLIVIA,
    name: "Huile d'olive vierge extra 50 cl",
    priceAmount: 1600,
    stock: 30,
    imageUrl: img("olive-oil"),
    active: true,
    description: "Première pression à froid, récolte 2025, moulin familial en Andalousie.",
  },
  {
    shopSlug: OLIVIA,
    name: "Cuillère en bois d'olivier",
    priceAmount: 1500,
    stock: 10,
    imageUrl: img("wooden-spoon"),
    active: true,
    description: "Sculptée dans une branche d'olivier, huilée à l'huile de lin. 30 cm.",
  },
  {
    shopSlug: BRULERIE,
    name: "Café en grains Éthiopie Sidamo 250 g",
    priceAmount: 1400,
    stock: null,
    imageUrl: img("coffee-beans"),
    active: true,
    description: "Torréfaction claire, notes de jasmin et d'agrumes. Idéal en filtre.",
  },
  {
    shopSlug: BRULERIE,
    name: "Miel de lavande 250 g",
    priceAmount: 1100,
    stock: 15,
    imageUrl: img("honey-jar"),
    active: true,
    description: "Miel crémeux du plateau de Valensole, récolté par un apiculteur voisin.",
  },
  {
    shopSlug: BRULERIE,
    name: "Cafetière à piston 8 tasses",
    priceAmount: 3900,
    stock: 6,
    imageUrl: img("french-press"),
    active: true,
    description: "Verre borosilicate et inox, 1 litre, filtre à triple maille.",
  },
  // Sold out: stock 0 but still listed.
  {
    shopSlug: BRULERIE,
    name: "Duo de tasses à espresso",
    priceAmount: 2800,
    stock: 0,
    imageUrl: img("espresso-cups"),
    active: true,
    description: "Deux tasses de 8 cl avec soucoupes, porcelaine blanche et terracotta.",
  },
  {
    shopSlug: BRULERIE,
    name: "Tablette chocolat noir 70 %",
    priceAmount: 550,
    stock: null,
    imageUrl: img("chocolate-bar"),
    active: true,
    description: "Cacao du Pérou, fabriqué de la fève à la tablette. 80 g.",
  },
  {
    shopSlug: BRULERIE,
    name: "Thé vert Sencha 100 g",
    priceAmount: 1200,
    stock: null,
    imageUrl: img("tea-tin"),
    active: true,
    description: "Sencha japonais de printemps en boîte métal refermable.",
  },
  {
    shopSlug: BRULERIE,
    name: "Moulin à café manuel",
    priceAmount: 5400,
    stock: 3,
    imageUrl: img("coffee-grinder"),
    active: true,
    description: "Meules coniques en céramique, mouture réglable de l'espresso au piston.",
  },
];

export interface SeedOrderItem {
  /** Product name in the order's shop. */
  product: string;
  /** The price when the order was placed, which may differ from today's. */
  unitAmount: number;
  quantity: number;
}

export interface SeedOrder {
  /** The seed's key for the order (unique in the schema). */
  checkoutSessionId: string;
  /** Set once Stripe confirmed a payment. */
  paymentIntentId: string | null;
  shopSlug: string;
  buyerEmail: string | null;
  guestEmail: string | null;
  status: OrderStatus;
  /** Age of the order when seeded; fractions are fine. */
  daysAgo: number;
  amountRefunded: number;
  items: SeedOrderItem[];
}

function order(
  n: number,
  fields: Omit<SeedOrder, "checkoutSessionId" | "paymentIntentId" | "buyerEmail" | "guestEmail" | "amountRefunded"> & {
    buyer?: string;
    guest?: string;
    amountRefunded?: number;
  },
): SeedOrder {
  const { buyer, guest, ...rest } = fields;
  const paid = rest.status === "PAID" || rest.status === "PARTIALLY_REFUNDED" || rest.status === "REFUNDED";
  return {
    ...rest,
    checkoutSessionId: `cs_test_seed_${n}`,
    paymentIntentId: paid ? `pi_seed_${n}` : null,
    buyerEmail: buyer ?? null,
    guestEmail: guest ?? null,
    amountRefunded: fields.amountRefunded ?? 0,
  };
}

export const ORDERS: readonly SeedOrder[] = [
  order(1, {
    shopSlug: ATELIER,
    buyer: "alice@comptoir.test",
    status: "PAID",
    daysAgo: 38,
    // Bought before the mug went from 22 € to 24 €: the item keeps the old price.
    items: [
      { product: "Mug en grès émaillé", unitAmount: 2200, quantity: 2 },
      { product: "Carnet relié main", unitAmount: 1800, quantity: 1 },
    ],
  }),
  order(2, {
    shopSlug: ATELIER,
    buyer: "bob@comptoir.test",
    status: "PAID",
    daysAgo: 31,
    items: [{ product: "Théière en céramique", unitAmount: 6800, quantity: 1 }],
  }),
  order(3, {
    shopSlug: ATELIER,
    guest: "camille.martin@example.com",
    status: "PAID",
    daysAgo: 24,
    items: [{ product: "Bougie parfumée Figue & Cèdre", unitAmount: 2200, quantity: 3 }],
  }),
  order(4, {
    shopSlug: ATELIER,
    buyer: "alice@comptoir.test",
    status: "PARTIALLY_REFUNDED",
    daysAgo: 17,
    // The tote bag was sent back and refunded.
    amountRefunded: 2900,
    items: [
      { product: "Boucles d'oreilles Arche", unitAmount: 4500, quantity: 1 },
      { product: "Tote bag en lin", unitAmount: 2900, quantity: 1 },
    ],
  }),
  order(5, {
    shopSlug: ATELIER,
    buyer: "bob@comptoir.test",
    status: "PAID",
    daysAgo: 9,
    items: [
      { product: "Affiche « Soleil de Provence »", unitAmount: 3500, quantity: 1 },
      { product: "Cache-pot en terre cuite", unitAmount: 3200, quantity: 1 },
    ],
  }),
  order(6, {
    shopSlug: ATELIER,
    guest: "hugo.bernard@example.com",
    status: "EXPIRED",
    daysAgo: 5,
    items: [{ product: "Mug en grès émaillé", unitAmount: 2400, quantity: 1 }],
  }),
  order(7, {
    shopSlug: ATELIER,
    buyer: "alice@comptoir.test",
    status: "PENDING",
    daysAgo: 0.01,
    items: [{ product: "Vase soliflore", unitAmount: 3900, quantity: 1 }],
  }),
  order(8, {
    // Paid before Stripe asked Olivia for more documents and disabled charges.
    shopSlug: OLIVIA,
    buyer: "bob@comptoir.test",
    status: "PAID",
    daysAgo: 36,
    items: [
      { product: "Huile d'olive vierge extra 50 cl", unitAmount: 1600, quantity: 2 },
      { product: "Savon à l'huile d'olive", unitAmount: 650, quantity: 3 },
    ],
  }),
];

export function orderSubtotal(o: Pick<SeedOrder, "items">): number {
  return o.items.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
}

export function accountDeadline(account: SeedAccount, now: Date): Date | null {
  return account.currentDeadlineInDays === null
    ? null
    : new Date(now.getTime() + account.currentDeadlineInDays * 86_400_000);
}

/**
 * The seeded accounts for the local Stripe emulator (scripts/lib/local-emulator.ts PUTs `emulator`
 * to /_emulator/accounts/:id). `state` and `fields` are the emulator's applyAccountState arguments;
 * the rest follows its AccountInit, so the emulator and the database describe the same accounts.
 */
export const demoConnectedAccounts = SHOPS.flatMap((shop) => {
  const account = shop.account;
  if (!account) return [];
  const deadline = accountDeadline(account, new Date());
  return [
    {
      shopSlug: shop.slug,
      stripeAccountId: account.stripeAccountId,
      emulator: {
        id: account.stripeAccountId,
        state: account.state,
        fields: account.currentlyDue,
        type: "standard" as const,
        email: shop.ownerEmail,
        country: shop.country,
        default_currency: shop.currency,
        business_type: "individual" as const,
        business_profile: { name: shop.name },
        metadata: { shop_slug: shop.slug },
        current_deadline: deadline ? Math.floor(deadline.getTime() / 1000) : null,
      },
    },
  ];
});
