/*
 * Stripe.js stand-in served by the Stripe emulator at /v3 (see stripe-emulator/README.md).
 * It defines window.Stripe like https://js.stripe.com/v3 does, so loadStripe() from
 * @stripe/stripe-js and @stripe/react-stripe-js use it unchanged. Card data is typed only
 * inside the emulator's iframe; this page receives events and ConfirmationToken results.
 */
(function () {
  "use strict";
  if (window.Stripe && window.Stripe.__emulator) return;
  var script = document.currentScript;
  var ORIGIN = script && script.src ? new URL(script.src, location.href).origin : "__EMULATOR_ORIGIN__";
  var SOURCE = "stripe-emulator";
  var counter = 0;

  function uid(prefix) {
    counter += 1;
    return prefix + "_" + Date.now().toString(36) + counter;
  }

  function integrationError(message) {
    var e = new Error(message);
    e.name = "IntegrationError";
    return e;
  }

  function encode(params, prefix, out) {
    out = out || [];
    Object.keys(params || {}).forEach(function (k) {
      var v = params[k];
      var key = prefix ? prefix + "[" + k + "]" : k;
      if (v === undefined || v === null) return;
      if (typeof v === "object") encode(v, key, out);
      else out.push(encodeURIComponent(key) + "=" + encodeURIComponent(String(v)));
    });
    return out.join("&");
  }

  function langOf(locale) {
    var l = !locale || locale === "auto" ? navigator.language || "fr" : locale;
    return String(l).toLowerCase().indexOf("fr") === 0 ? "fr" : "en";
  }

  function intentIdOf(clientSecret) {
    return String(clientSecret || "").split("_secret_")[0];
  }

  /** Messages from one of our iframes (checked by window and origin). */
  function listen(frame, handler) {
    function onMessage(event) {
      if (event.origin !== ORIGIN || !frame.contentWindow || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || data.source !== SOURCE) return;
      handler(data);
    }
    window.addEventListener("message", onMessage);
    return function () {
      window.removeEventListener("message", onMessage);
    };
  }

  function createStripe(key, options) {
    if (typeof key !== "string" || !key) throw integrationError("Please call Stripe() with your publishable key. You used an empty string.");
    if (/^(sk|rk)_/.test(key)) throw integrationError("You should not use your secret key with Stripe.js. Please pass a publishable key instead.");
    options = options || {};
    var ctx = { key: key, stripeAccount: options.stripeAccount || null, locale: options.locale || "auto" };

    function api(method, path, params) {
      var headers = { Authorization: "Bearer " + key };
      if (ctx.stripeAccount) headers["Stripe-Account"] = ctx.stripeAccount;
      var url = ORIGIN + path;
      var init = { method: method, headers: headers };
      if (method === "GET") url += "?" + encode(params);
      else {
        headers["Content-Type"] = "application/x-www-form-urlencoded";
        init.body = encode(params);
      }
      return fetch(url, init).then(
        function (res) {
          return res.json().then(function (body) {
            return res.ok ? { body: body } : { error: body.error || { type: "api_error", message: "Request failed" } };
          });
        },
        function () {
          return { error: { type: "api_connection_error", message: "Could not reach the Stripe emulator at " + ORIGIN + "." } };
        },
      );
    }
    ctx.api = api;

    function retrievePaymentIntent(clientSecret) {
      return api("GET", "/v1/payment_intents/" + encodeURIComponent(intentIdOf(clientSecret)), { client_secret: clientSecret }).then(function (r) {
        return r.error ? { error: r.error } : { paymentIntent: r.body };
      });
    }

    /** Opens the emulator's 3-D Secure challenge in a modal iframe and waits for the answer. */
    function openChallenge(url) {
      return new Promise(function (resolve) {
        var lang = langOf(ctx.locale);
        var overlay = document.createElement("div");
        overlay.setAttribute("role", "dialog");
        overlay.setAttribute("aria-modal", "true");
        overlay.setAttribute("aria-label", lang === "fr" ? "Authentification 3D Secure" : "3D Secure authentication");
        overlay.setAttribute("data-stripe-emulator", "challenge");
        overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(10,15,30,.55);display:flex;align-items:center;justify-content:center";
        var frame = document.createElement("iframe");
        frame.title = lang === "fr" ? "Fenêtre d'authentification 3D Secure" : "3D Secure authentication window";
        frame.src = url + (url.indexOf("?") < 0 ? "?" : "&") + "frame=1&lang=" + lang;
        frame.style.cssText = "width:min(520px,94vw);height:min(560px,90vh);border:0;border-radius:12px;background:#fff";
        // Closing the modal abandons the challenge, which fails the authentication as on Stripe.
        var close = document.createElement("button");
        close.type = "button";
        close.textContent = lang === "fr" ? "Annuler" : "Cancel";
        close.style.cssText = "position:absolute;top:16px;right:16px;font:600 15px sans-serif;padding:8px 14px;border-radius:8px;border:0;background:#fff;color:#1a1f36;cursor:pointer";
        overlay.appendChild(close);
        overlay.appendChild(frame);
        var previous = document.activeElement;
        document.body.appendChild(overlay);
        frame.focus();
        function done() {
          stop();
          document.removeEventListener("keydown", onKey, true);
          overlay.remove();
          if (previous && previous.focus) previous.focus();
          resolve();
        }
        function cancel() {
          var form = new URLSearchParams({ result: "fail", client_secret: new URL(frame.src).searchParams.get("client_secret") || "", frame: "1" });
          fetch(frame.src.split("?")[0], { method: "POST", mode: "no-cors", body: form }).then(done, done);
        }
        function onKey(e) {
          if (e.key === "Escape") cancel();
        }
        close.addEventListener("click", cancel);
        document.addEventListener("keydown", onKey, true);
        var stop = listen(frame, function (data) {
          if (data.type === "challenge-complete") done();
        });
      });
    }

    function handleNextAction(clientSecret) {
      return retrievePaymentIntent(clientSecret).then(function (r) {
        if (r.error) return r;
        var pi = r.paymentIntent;
        var action = pi.next_action;
        if (pi.status !== "requires_action" || !action) return { paymentIntent: pi };
        var url = action.type === "use_stripe_sdk" ? action.use_stripe_sdk.stripe_js : action.redirect_to_url && action.redirect_to_url.url;
        return openChallenge(url).then(function () {
          return retrievePaymentIntent(clientSecret).then(function (after) {
            if (after.error) return after;
            var p = after.paymentIntent;
            if (p.status === "requires_payment_method" && p.last_payment_error) {
              return { error: Object.assign({}, p.last_payment_error, { payment_intent: p }) };
            }
            return { paymentIntent: p };
          });
        });
      });
    }

    var stripe = {
      _registerWrapper: function () {},
      registerAppInfo: function () {},
      elements: function (elementsOptions) {
        return createElements(ctx, elementsOptions || {});
      },
      createConfirmationToken: function (o) {
        var elements = o && o.elements;
        if (!elements || !elements.__state) return Promise.reject(integrationError("stripe.createConfirmationToken(): the `elements` option is required."));
        var state = elements.__state;
        if (!state.submitted) {
          return Promise.reject(integrationError("elements.submit() must be called before stripe.createConfirmationToken(). Call elements.submit() as soon as your customer presses pay, prior to any asynchronous work."));
        }
        state.submitted = false;
        return state.element.__request("token", { params: (o && o.params) || {} });
      },
      confirmPayment: function (o) {
        var elements = o.elements;
        var clientSecret = o.clientSecret || (elements && elements.__state.options.clientSecret);
        if (!elements || !elements.__state.element) return Promise.reject(integrationError("stripe.confirmPayment(): `elements` with a mounted Payment Element is required."));
        if (!clientSecret) return Promise.reject(integrationError("stripe.confirmPayment(): `clientSecret` is required in deferred intent mode."));
        var params = o.confirmParams || {};
        return elements.__state.element.__request("confirm", { clientSecret: clientSecret, params: params }).then(function (r) {
          if (r.error) return r;
          var after = r.paymentIntent.status === "requires_action" ? handleNextAction(clientSecret) : Promise.resolve(r);
          return after.then(function (res) {
            if (res.error || o.redirect === "if_required" || !params.return_url) return res;
            var pi = res.paymentIntent;
            var target = new URL(params.return_url, location.href);
            target.searchParams.set("payment_intent", pi.id);
            target.searchParams.set("payment_intent_client_secret", clientSecret);
            target.searchParams.set("redirect_status", pi.status === "succeeded" || pi.status === "processing" ? "succeeded" : "failed");
            window.location.assign(target.toString());
            return new Promise(function () {});
          });
        });
      },
      handleNextAction: function (o) {
        return handleNextAction(o && o.clientSecret);
      },
      handleCardAction: function (clientSecret) {
        return handleNextAction(clientSecret);
      },
      retrievePaymentIntent: retrievePaymentIntent,
      createEmbeddedCheckoutPage: function (o) {
        return createEmbeddedCheckout(ctx, o || {});
      },
      // Renamed in the dahlia/endive release train: the old name throws, as in Stripe.js.
      initEmbeddedCheckout: function () {
        throw integrationError("stripe.initEmbeddedCheckout() has been renamed to stripe.createEmbeddedCheckoutPage(). See https://docs.stripe.com/changelog/dahlia/2026-03-25/rename-init-embedded-checkout-to-create-embedded-checkout-page");
      },
    };
    // Present so @stripe/react-stripe-js recognises a Stripe instance; the emulator does not implement them.
    ["createToken", "createPaymentMethod", "confirmCardPayment", "confirmSetup", "retrieveSetupIntent", "handleCardSetup", "paymentRequest"].forEach(function (name) {
      stripe[name] = function () {
        return Promise.resolve({ error: { type: "invalid_request_error", message: "stripe." + name + "() is not supported by the Stripe emulator." } });
      };
    });
    return stripe;
  }

  function createElements(ctx, options) {
    var state = { options: Object.assign({}, options), submitted: false, element: null };
    var group = {
      __state: state,
      create: function (type, elementOptions) {
        if (type !== "payment") throw integrationError("The Stripe emulator only provides the Payment Element (got \"" + type + "\").");
        if (state.element) throw integrationError("Can only create one Element of type payment.");
        state.element = createPaymentElement(ctx, state, elementOptions || {});
        return state.element;
      },
      getElement: function (type) {
        return type === "payment" ? state.element : null;
      },
      update: function (o) {
        Object.assign(state.options, o || {});
        if (state.element) state.element.__sync();
        return Promise.resolve({});
      },
      fetchUpdates: function () {
        return Promise.resolve({});
      },
      submit: function () {
        if (!state.element || !state.element.__mounted()) {
          return Promise.resolve({ error: { type: "validation_error", message: "Could not find a mounted Payment Element. Mount it before calling elements.submit()." } });
        }
        return state.element.__request("submit", {}).then(function (r) {
          state.submitted = !r.error;
          return r;
        });
      },
    };
    return group;
  }

  function createPaymentElement(ctx, state, options) {
    var handlers = {};
    var frame = null;
    var stop = null;
    var loaded = false;
    var destroyed = false;
    var pending = {};
    var queue = [];

    function emit(type, payload) {
      (handlers[type] || []).slice().forEach(function (h) {
        h(Object.assign({ elementType: "payment" }, payload || {}));
      });
    }
    function post(message) {
      message.source = SOURCE;
      if (frame && loaded && frame.contentWindow) frame.contentWindow.postMessage(message, ORIGIN);
      else queue.push(message);
    }
    function config() {
      var o = state.options;
      return {
        key: ctx.key,
        stripeAccount: ctx.stripeAccount,
        locale: langOf(o.locale || ctx.locale),
        mode: o.mode || null,
        amount: o.amount,
        currency: o.currency,
        paymentMethodTypes: o.paymentMethodTypes || null,
        clientSecret: o.clientSecret || null,
        appearance: o.appearance || null,
        element: options,
      };
    }
    function onFrameMessage(data) {
      switch (data.type) {
        case "loaded":
          loaded = true;
          post({ type: "config", config: config() });
          queue.splice(0).forEach(post);
          break;
        case "ready":
          emit("ready");
          break;
        case "change":
          emit("change", data.payload);
          break;
        case "focus":
        case "blur":
        case "escape":
          emit(data.type);
          break;
        case "height":
          if (frame) frame.style.height = data.height + "px";
          break;
        case "result":
          if (pending[data.id]) {
            pending[data.id](data.result);
            delete pending[data.id];
          }
          break;
      }
    }
    var element = {
      mount: function (target) {
        if (destroyed) throw integrationError("This Element has already been destroyed. Please create a new one.");
        var node = typeof target === "string" ? document.querySelector(target) : target;
        if (!node) throw integrationError("The selector you specified (" + target + ") applies to no DOM elements that are currently on the page.");
        if (frame) element.unmount();
        loaded = false;
        frame = document.createElement("iframe");
        frame.name = uid("__privateStripeFrame");
        frame.title = langOf(state.options.locale || ctx.locale) === "fr" ? "Cadre sécurisé de saisie du paiement" : "Secure payment input frame";
        frame.setAttribute("allow", "payment");
        frame.style.cssText = "display:block;width:100%;border:0;height:320px;color-scheme:normal";
        frame.src = ORIGIN + "/v3/elements/payment?lang=" + langOf(state.options.locale || ctx.locale);
        stop = listen(frame, onFrameMessage);
        node.appendChild(frame);
        emit("loaderstart");
      },
      unmount: function () {
        if (stop) stop();
        if (frame) frame.remove();
        frame = null;
        loaded = false;
      },
      destroy: function () {
        element.unmount();
        destroyed = true;
        if (state.element === element) state.element = null;
      },
      update: function (o) {
        Object.assign(options, o || {});
        element.__sync();
      },
      on: function (type, handler) {
        (handlers[type] = handlers[type] || []).push(handler);
        return element;
      },
      once: function (type, handler) {
        function wrapped(e) {
          element.off(type, wrapped);
          handler(e);
        }
        return element.on(type, wrapped);
      },
      off: function (type, handler) {
        if (!handler) delete handlers[type];
        else handlers[type] = (handlers[type] || []).filter(function (h) {
          return h !== handler;
        });
        return element;
      },
      focus: function () {
        post({ type: "focus" });
      },
      blur: function () {
        post({ type: "blur" });
      },
      clear: function () {
        post({ type: "clear" });
      },
      collapse: function () {},
      __sync: function () {
        post({ type: "config", config: config() });
      },
      __mounted: function () {
        return !!frame;
      },
      __request: function (type, payload) {
        return new Promise(function (resolve) {
          var id = uid("req");
          pending[id] = resolve;
          post(Object.assign({ type: type, id: id }, payload));
        });
      },
    };
    return element;
  }

  function createEmbeddedCheckout(ctx, options) {
    var secret = options.clientSecret ? Promise.resolve(options.clientSecret) : options.fetchClientSecret ? Promise.resolve(options.fetchClientSecret()) : null;
    if (!secret) return Promise.reject(integrationError("createEmbeddedCheckoutPage: one of `clientSecret` or `fetchClientSecret` is required."));
    return secret.then(function (clientSecret) {
      if (typeof clientSecret !== "string" || clientSecret.indexOf("_secret_") < 0) {
        throw integrationError("createEmbeddedCheckoutPage: invalid Checkout Session client secret.");
      }
      var frame = null;
      var stop = null;
      var lang = langOf(ctx.locale);
      var checkout = {
        mount: function (target) {
          var node = typeof target === "string" ? document.querySelector(target) : target;
          if (!node) throw integrationError("The selector you specified (" + target + ") applies to no DOM elements that are currently on the page.");
          frame = document.createElement("iframe");
          frame.name = uid("embedded-checkout");
          frame.title = lang === "fr" ? "Paiement sécurisé" : "Secure checkout";
          frame.setAttribute("allow", "payment");
          frame.style.cssText = "display:block;width:100%;border:0;height:640px";
          frame.src = ORIGIN + "/v3/embedded-checkout?lang=" + lang + "&client_secret=" + encodeURIComponent(clientSecret);
          stop = listen(frame, function (data) {
            if (data.type === "height") frame.style.height = data.height + "px";
            if (data.type !== "checkout-complete") return;
            if (data.redirect && data.returnUrl) window.location.assign(data.returnUrl);
            else if (options.onComplete) options.onComplete();
          });
          node.appendChild(frame);
        },
        unmount: function () {
          if (stop) stop();
          if (frame) frame.remove();
          frame = null;
        },
        destroy: function () {
          checkout.unmount();
        },
      };
      return checkout;
    });
  }

  function Stripe(key, options) {
    return createStripe(key, options);
  }
  // loadStripe() compares this with its release train (@stripe/stripe-js 10 expects "endive").
  Stripe.version = "endive";
  Stripe.__emulator = true;
  window.Stripe = Stripe;
})();
