"use client";
import { useTranslations } from "next-intl";
import { translateKnown } from "@/lib/i18n/translator";

import { useRouter } from "next/navigation";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { useRef, useState, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { ImageUploadField } from "@/components/ui/image-upload-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { CountryOption, CurrencyOption } from "@/lib/connect/countries";
import type { CreateShopResult, ShopFieldErrors } from "@/lib/shops/create-shop";
import { slugify } from "@/lib/shops/slug-rules";
import { SHOP_DESCRIPTION_MAX, SHOP_LOGO_MAX_BYTES, SHOP_NAME_MAX } from "@/lib/shops/limits";
import { ShopSelectField, ShopTextareaField } from "./shop-fields";
import { SlugField } from "./slug-field";

export function ShopForm({
  countries,
  currencies,
  defaultCountry,
  createShopAction,
}: {
  countries: CountryOption[];
  currencies: CurrencyOption[];
  defaultCountry: string;
  /** Opens the shop from the form's data (the logo travels as a File). */
  createShopAction: (form: FormData) => Promise<CreateShopResult>;
}) {
  const t = useTranslations("shop");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  // Once the seller edits the slug, the name no longer rewrites it (until the slug is emptied).
  const [slugEdited, setSlugEdited] = useState(false);
  const [description, setDescription] = useState("");
  const [country, setCountry] = useState(defaultCountry);
  // No country known from the request: both are asked for, nothing is picked silently.
  const [currency, setCurrency] = useState(countries.find((c) => c.code === defaultCountry)?.currency ?? "");
  const [errors, setErrors] = useState<ShopFieldErrors>({});
  const [logoProblem, setLogoProblem] = useState<"logoTooLarge" | "logoUnsupportedType" | null>(null);
  const [pending, setPending] = useState(false);

  const message = (key: string | undefined) =>
    key ? (translateKnown(t, `errors.${key}`) ?? t("errors.unexpected")) : undefined;

  function clearError(...fields: (keyof ShopFieldErrors)[]) {
    setErrors((current) => {
      if (!fields.some((field) => current[field])) return current;
      const next = { ...current };
      for (const field of fields) delete next[field];
      return next;
    });
  }

  const focusFirstError = useFocusFirstError(formRef);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (logoProblem) {
      setErrors((current) => ({ ...current, logo: logoProblem }));
      focusFirstError();
      return;
    }
    setPending(true);
    try {
      const result = await createShopAction(new FormData(event.currentTarget));
      if (result.ok) {
        router.push("/seller?created=1");
        return;
      }
      setErrors(result.fieldErrors);
      setPending(false);
      focusFirstError();
    } catch {
      setErrors({ form: "unexpected" });
      setPending(false);
      focusFirstError();
    }
  }

  const logoError = message(logoProblem ?? errors.logo);

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-6" noValidate aria-busy={pending}>
      {errors.form && <FormError>{message(errors.form)}</FormError>}
      <Field
        id="shop-name"
        name="name"
        label={t("name")}
        placeholder={t("namePlaceholder")}
        value={name}
        maxLength={SHOP_NAME_MAX}
        autoComplete="organization"
        required
        error={message(errors.name)}
        onChange={(event) => {
          const next = event.target.value;
          setName(next);
          clearError("name");
          if (!slugEdited) {
            setSlug(slugify(next));
            clearError("slug");
          }
        }}
      />
      <SlugField
        id="shop-slug"
        value={slug}
        error={message(errors.slug)}
        onChange={(next) => {
          setSlug(next);
          setSlugEdited(next !== "");
          clearError("slug");
        }}
      />
      <ShopTextareaField
        id="shop-description"
        name="description"
        label={t("description")}
        optional={t("optional")}
        hint={t("descriptionHint")}
        value={description}
        maxLength={SHOP_DESCRIPTION_MAX}
        rows={4}
        error={message(errors.description)}
        counter={t("descriptionCount", { count: description.length, max: SHOP_DESCRIPTION_MAX })}
        onChange={(event) => {
          setDescription(event.target.value);
          clearError("description");
        }}
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <ShopSelectField
          id="shop-country"
          name="country"
          label={t("country")}
          hint={t("countryHint")}
          value={country}
          error={message(errors.country)}
          onChange={(event) => {
            const next = event.target.value;
            setCountry(next);
            const suggested = countries.find((c) => c.code === next)?.currency;
            if (suggested) setCurrency(suggested);
            clearError("country", "currency");
          }}
        >
          {country === "" && (
            <option value="" disabled>
              {t("chooseCountry")}
            </option>
          )}
          {countries.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </ShopSelectField>
        <ShopSelectField
          id="shop-currency"
          name="currency"
          label={t("currency")}
          hint={t("currencyHint")}
          value={currency}
          error={message(errors.currency)}
          onChange={(event) => {
            setCurrency(event.target.value);
            clearError("currency");
          }}
        >
          {currency === "" && (
            <option value="" disabled>
              {t("chooseCurrency")}
            </option>
          )}
          {currencies.map((option) => (
            <option key={option.code} value={option.code}>
              {option.code.toUpperCase()} — {option.name}
            </option>
          ))}
        </ShopSelectField>
      </div>
      <ImageUploadField
        id="shop-logo"
        name="logo"
        size="sm"
        maxBytes={SHOP_LOGO_MAX_BYTES}
        label={t("logo")}
        optionalLabel={t("optional")}
        previewAlt={t("logoPreview")}
        clearLabel={t("logoRemove")}
        hint={t("logoHint")}
        error={logoError}
        problems={{ tooLarge: "logoTooLarge", unsupportedType: "logoUnsupportedType" }}
        onProblem={(problem) => {
          setLogoProblem(problem);
          clearError("logo");
        }}
      />
      <div className="flex flex-col-reverse gap-3 border-t border-stone-200 pt-6 sm:flex-row sm:justify-end">
        <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} className="w-full sm:w-auto" />
      </div>
    </form>
  );
}
