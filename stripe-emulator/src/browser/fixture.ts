/**
 * A bare merchant page for the emulator's own Chromium tests (`/v3/fixture`): it loads the
 * stand-in with a script tag, then the real `loadStripe()` of @stripe/stripe-js, and drives the
 * Payment Element and embedded Checkout as a merchant page would. The merchant's server part
 * (secret key) is the test itself, exposed to the page as `window.merchantConfirm`. The stand-in is
 * loaded from `emulatorUrl` (the emulator's 127.0.0.1 URL): open the page as http://localhost:PORT
 * to keep the merchant page and the iframes on different origins, as with js.stripe.com.
 */
export function fixturePage(emulatorUrl: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stripe emulator fixture</title>
<script src="${emulatorUrl}/v3"></script>
<style>body{font-family:sans-serif;max-width:640px;margin:24px auto}#payment-element{margin:12px 0}</style></head>
<body><h1>Fixture merchant page</h1>
<div id="payment-element"></div>
<button type="button" id="pay">Pay</button>
<p>Status: <output id="status">idle</output></p>
<div id="checkout"></div>
<script type="module">
import { loadStripe } from "/v3/fixture/stripe-js.mjs";
const out = document.getElementById("status");
const show = (s) => { out.textContent = s; };
window.startPayment = async ({ pk, account, amount, currency, locale }) => {
  const stripe = await loadStripe(pk, { stripeAccount: account, locale });
  const elements = stripe.elements({ mode: "payment", amount, currency, locale });
  const element = elements.create("payment");
  element.on("ready", () => show("ready"));
  element.on("change", (e) => { window.lastChange = e; });
  element.mount("#payment-element");
  document.getElementById("pay").onclick = async () => {
    show("paying");
    const submitted = await elements.submit();
    if (submitted.error) return show("invalid: " + submitted.error.message);
    const { error, confirmationToken } = await stripe.createConfirmationToken({ elements, params: { return_url: location.href } });
    if (error) return show("error: " + error.message);
    const r = await window.merchantConfirm(confirmationToken.id);
    if (r.error) return show("declined: " + r.error);
    if (r.status !== "requires_action") return show(r.status);
    const next = await stripe.handleNextAction({ clientSecret: r.client_secret });
    show(next.error ? "failed: " + next.error.code : next.paymentIntent.status);
  };
};
window.startIntent = async ({ pk, account, clientSecret }) => {
  const stripe = await loadStripe(pk, { stripeAccount: account, locale: "en" });
  const elements = stripe.elements({ clientSecret });
  const element = elements.create("payment");
  element.on("ready", () => show("ready"));
  element.mount("#payment-element");
  document.getElementById("pay").onclick = async () => {
    show("paying");
    const { error, paymentIntent } = await stripe.confirmPayment({ elements, confirmParams: { return_url: location.href }, redirect: "if_required" });
    show(error ? "error: " + (error.code || error.message) : paymentIntent.status);
  };
};
window.startEmbedded = async ({ pk, account, clientSecret }) => {
  const stripe = await loadStripe(pk, { stripeAccount: account });
  const checkout = await stripe.createEmbeddedCheckoutPage({ fetchClientSecret: async () => clientSecret, onComplete: () => show("complete") });
  checkout.mount("#checkout");
};
window.fixtureReady = true;
</script></body></html>`;
}
