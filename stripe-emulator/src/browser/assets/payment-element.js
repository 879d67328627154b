/*
 * Inside the Payment Element iframe (served by the emulator, its own origin). The card number,
 * expiry, CVC and IBAN stay here: this frame creates the ConfirmationToken with the publishable
 * key itself and only sends events and API results to the merchant page (postMessage).
 */
(function () {
  "use strict";
  var SOURCE = "stripe-emulator";
  var ALL = JSON.parse(document.getElementById("messages").textContent);
  var cfg = null;
  var T = ALL[document.documentElement.lang] || ALL.en;
  var method = "card";
  var types = ["card"];
  var shown = {};
  var focused = false;
  var root = document.getElementById("root");

  function send(message) {
    message.source = SOURCE;
    window.parent.postMessage(message, "*");
  }

  function api(method, path, params) {
    var headers = { Authorization: "Bearer " + cfg.key, "Content-Type": "application/x-www-form-urlencoded" };
    if (cfg.stripeAccount) headers["Stripe-Account"] = cfg.stripeAccount;
    var body = new URLSearchParams();
    (function flatten(obj, prefix) {
      Object.keys(obj).forEach(function (k) {
        var v = obj[k];
        var key = prefix ? prefix + "[" + k + "]" : k;
        if (v === undefined || v === null) return;
        if (typeof v === "object") flatten(v, key);
        else body.append(key, String(v));
      });
    })(params || {}, "");
    var url = method === "GET" ? path + "?" + body.toString() : path;
    return fetch(url, { method: method, headers: headers, body: method === "GET" ? undefined : body.toString() }).then(function (res) {
      return res.json().then(function (json) {
        return res.ok ? { body: json } : { error: json.error };
      });
    });
  }

  function field(id) {
    return document.getElementById(id);
  }
  function val(id) {
    var el = field(id);
    return el ? el.value.trim() : "";
  }
  function digits(s) {
    return s.replace(/\D/g, "");
  }
  function expiry() {
    var m = digits(val("expiry"));
    if (m.length < 4) return null;
    var month = Number(m.slice(0, 2));
    var year = 2000 + Number(m.slice(2, 4));
    return { month: month, year: year };
  }

  /** Field errors with Stripe's codes and messages; `null` when the field is fine. */
  function fieldErrors() {
    var errors = {};
    if (method === "card") {
      var n = digits(val("number"));
      if (n.length < 12) errors.number = "incomplete_number";
      else if (!window.emulatorChecks.luhn(n)) errors.number = "invalid_number";
      var e = expiry();
      var now = new Date();
      if (!e) errors.expiry = "incomplete_expiry";
      else if (e.month < 1 || e.month > 12) errors.expiry = "invalid_expiry_month";
      else if (e.year < now.getFullYear() || (e.year === now.getFullYear() && e.month < now.getMonth() + 1)) errors.expiry = "invalid_expiry_year_past";
      if (digits(val("cvc")).length < 3) errors.cvc = "incomplete_cvc";
    } else {
      if (!val("name")) errors.name = "incomplete_name";
      var email = val("email");
      if (!email) errors.email = "incomplete_email";
      else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = "invalid_email";
      var iban = val("iban").replace(/\s/g, "").toUpperCase();
      if (iban.length < 15) errors.iban = "incomplete_iban";
      else if (!window.emulatorChecks.validIban(iban)) errors.iban = "invalid_iban";
    }
    return errors;
  }

  function paint(errors) {
    ["number", "expiry", "cvc", "name", "email", "iban"].forEach(function (id) {
      var input = field(id);
      if (!input) return;
      var code = shown[id] ? errors[id] : null;
      input.setAttribute("aria-invalid", code ? "true" : "false");
      field(id + "-error").textContent = code ? T.errors[code] : "";
    });
  }

  function isEmpty() {
    var ids = method === "card" ? ["number", "expiry", "cvc"] : ["name", "email", "iban"];
    return ids.every(function (id) {
      return !val(id);
    });
  }

  function notifyChange() {
    var errors = fieldErrors();
    paint(errors);
    send({ type: "change", payload: { empty: isEmpty(), complete: Object.keys(errors).length === 0, collapsed: false, value: { type: method } } });
  }

  /** The first error as `elements.submit()` reports it, showing every field's error. */
  function validateAll() {
    var errors = fieldErrors();
    Object.keys(errors).forEach(function (k) {
      shown[k] = true;
    });
    paint(errors);
    var first = Object.keys(errors)[0];
    if (!first) return null;
    field(first).focus();
    return { type: "validation_error", code: errors[first], message: T.errors[errors[first]], param: first };
  }

  function paymentMethodData(extra) {
    var billing = Object.assign({}, (extra && extra.billing_details) || {});
    if (method === "card") {
      var e = expiry();
      return { type: "card", card: { number: digits(val("number")), exp_month: e.month, exp_year: e.year, cvc: digits(val("cvc")) }, billing_details: billing };
    }
    billing.name = val("name");
    billing.email = val("email");
    return { type: "sepa_debit", sepa_debit: { iban: val("iban").replace(/\s/g, "").toUpperCase() }, billing_details: billing };
  }

  function createToken(params) {
    var error = validateAll();
    if (error) return Promise.resolve({ error: error });
    var body = Object.assign({}, params);
    body.payment_method_data = paymentMethodData(params.payment_method_data);
    return api("POST", "/v1/confirmation_tokens", body).then(function (r) {
      return r.error ? { error: r.error } : { confirmationToken: r.body };
    });
  }

  function confirm(clientSecret, params) {
    return createToken({ return_url: params.return_url, shipping: params.shipping, payment_method_data: params.payment_method_data }).then(function (r) {
      if (r.error) return r;
      var id = clientSecret.split("_secret_")[0];
      return api("POST", "/v1/payment_intents/" + encodeURIComponent(id) + "/confirm", {
        client_secret: clientSecret,
        confirmation_token: r.confirmationToken.id,
        return_url: params.return_url,
      }).then(function (c) {
        return c.error ? { error: c.error } : { paymentIntent: c.body };
      });
    });
  }

  function input(id, label, attrs) {
    return (
      '<div class="field"><label for="' + id + '">' + label + "</label>" +
      '<input id="' + id + '" type="text" ' + attrs + ' aria-invalid="false" aria-describedby="' + id + '-error">' +
      '<p class="err" id="' + id + '-error" aria-live="polite"></p></div>'
    );
  }

  function render() {
    T = ALL[cfg.locale] || ALL.en;
    document.documentElement.lang = cfg.locale;
    if (types.indexOf(method) < 0) method = types[0];
    var tabs =
      types.length > 1
        ? '<fieldset class="tabs"><legend>' + T.paymentMethod + "</legend>" +
          types.map(function (t) {
            return '<label class="tab"><input type="radio" name="pm" value="' + t + '"' + (t === method ? " checked" : "") + "> " + (t === "card" ? T.card : T.sepa) + "</label>";
          }).join("") + "</fieldset>"
        : "";
    var card =
      input("number", T.cardNumber, 'inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234"') +
      '<div class="row">' + input("expiry", T.expiry, 'inputmode="numeric" autocomplete="cc-exp" placeholder="' + T.expiryPlaceholder + '"') +
      input("cvc", T.cvc, 'inputmode="numeric" autocomplete="cc-csc" placeholder="CVC"') + "</div>";
    var sepa =
      input("name", T.holder, 'autocomplete="name"') + input("email", T.email, 'type="email" autocomplete="email"') +
      input("iban", T.iban, 'autocomplete="off" placeholder="DE89 3704 0044 0532 0130 00"') + '<p class="small">' + T.mandate + "</p>";
    root.innerHTML = tabs + '<div id="fields">' + (method === "card" ? card : sepa) + '</div><p class="notice">' + T.testCards + "</p>";
    shown = {};
    Array.prototype.forEach.call(document.querySelectorAll('input[name="pm"]'), function (r) {
      r.addEventListener("change", function () {
        method = r.value;
        render();
        notifyChange();
        var first = root.querySelector("#fields input");
        if (first) first.focus();
      });
    });
  }

  function resolveTypes() {
    if (cfg.paymentMethodTypes) return Promise.resolve(cfg.paymentMethodTypes);
    if (cfg.clientSecret) {
      var id = cfg.clientSecret.split("_secret_")[0];
      return api("GET", "/v1/payment_intents/" + encodeURIComponent(id), { client_secret: cfg.clientSecret }).then(function (r) {
        return r.error ? ["card"] : r.body.payment_method_types;
      });
    }
    return Promise.resolve(String(cfg.currency || "").toLowerCase() === "eur" ? ["card", "sepa_debit"] : ["card"]);
  }

  root.addEventListener("input", function (e) {
    var t = e.target;
    if (t.id === "number") t.value = digits(t.value).slice(0, 19).replace(/(\d{4})(?=\d)/g, "$1 ");
    if (t.id === "expiry") {
      var d = digits(t.value).slice(0, 4);
      t.value = d.length > 2 ? d.slice(0, 2) + " / " + d.slice(2) : d;
    }
    if (t.id === "cvc") t.value = digits(t.value).slice(0, 4);
    if (t.name !== "pm") notifyChange();
  });
  root.addEventListener("focusout", function (e) {
    if (e.target.id && e.target.value) shown[e.target.id] = true;
    paint(fieldErrors());
    if (!e.relatedTarget || !root.contains(e.relatedTarget)) {
      focused = false;
      send({ type: "blur" });
    }
  });
  root.addEventListener("focusin", function () {
    if (!focused) send({ type: "focus" });
    focused = true;
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") send({ type: "escape" });
  });
  new ResizeObserver(function () {
    send({ type: "height", height: Math.ceil(document.documentElement.getBoundingClientRect().height) });
  }).observe(document.documentElement);

  window.addEventListener("message", function (event) {
    if (event.source !== window.parent) return;
    var d = event.data;
    if (!d || d.source !== SOURCE) return;
    var reply = function (result) {
      send({ type: "result", id: d.id, result: result });
    };
    switch (d.type) {
      case "config": {
        var first = cfg === null;
        cfg = d.config;
        resolveTypes().then(function (t) {
          types = t.filter(function (x) {
            return x === "card" || x === "sepa_debit";
          });
          if (types.length === 0) types = ["card"];
          var keep = !first && root.querySelector("#fields") && document.documentElement.lang === cfg.locale && types.indexOf(method) >= 0;
          if (!keep) render();
          if (first) send({ type: "ready" });
        });
        break;
      }
      case "submit": {
        var error = validateAll();
        reply(error ? { error: error } : { selectedPaymentMethod: method });
        break;
      }
      case "token":
        createToken(d.params || {}).then(reply);
        break;
      case "confirm":
        confirm(d.clientSecret, d.params || {}).then(reply);
        break;
      case "focus": {
        var f = root.querySelector("#fields input");
        if (f) f.focus();
        break;
      }
      case "blur":
        if (document.activeElement) document.activeElement.blur();
        break;
      case "clear":
        render();
        notifyChange();
        break;
    }
  });
  send({ type: "loaded" });
})();
