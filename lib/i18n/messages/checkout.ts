// Strings of checkout, orders, refunds and emails.
export const checkoutFr = {
  errors: {
    empty: "Il n'y a rien à payer pour cette boutique dans votre panier.",
    unavailable: "Cette boutique ne peut pas encaisser de paiements pour le moment. Vos articles restent dans votre panier.",
    out_of_stock: "Il n'en reste plus assez en stock : « {product} ». Ajustez la quantité puis réessayez.",
    inactive: "« {product} » n'est plus en vente. Retirez-le de votre panier puis réessayez.",
    stripe_unavailable: "Stripe ne répond pas pour le moment. Rien n'a été débité : réessayez dans un instant.",
    stripe_rate_limited: "Stripe reçoit trop de demandes. Rien n'a été débité : réessayez dans quelques secondes.",
    stripe_refused: "Stripe a refusé de créer le paiement. Rien n'a été débité.",
    unknown: "Le paiement n'a pas pu commencer. Rien n'a été débité : réessayez dans un instant.",
  },
};

export const checkoutEn: typeof checkoutFr = {
  errors: {
    empty: "There is nothing to pay for this shop in your cart.",
    unavailable: "This shop cannot take payments right now. Your items stay in your cart.",
    out_of_stock: "Not enough left in stock: “{product}”. Change the quantity and try again.",
    inactive: "“{product}” is no longer for sale. Remove it from your cart and try again.",
    stripe_unavailable: "Stripe is not answering right now. Nothing was charged: try again in a moment.",
    stripe_rate_limited: "Stripe is receiving too many requests. Nothing was charged: try again in a few seconds.",
    stripe_refused: "Stripe refused to create the payment. Nothing was charged.",
    unknown: "The payment could not start. Nothing was charged: try again in a moment.",
  },
};
