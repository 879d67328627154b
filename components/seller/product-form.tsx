"use client";
import { useTranslations } from "next-intl";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { useRef, useState, type FormEvent } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { ImageUploadField } from "@/components/ui/image-upload-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney } from "@/lib/i18n/format";
import { inputDecimals, minorUnitDecimals } from "@/lib/money/currencies";
import { translateKnown } from "@/lib/i18n/translator";
import type { CurrencyAffix } from "@/lib/money/currency-affix";
import { formatAmountForInput, MAX_AMOUNT_MINOR, parseAmountToMinor } from "@/lib/money/parse-amount";
import { PRODUCT_DESCRIPTION_MAX, PRODUCT_IMAGE_MAX_BYTES, PRODUCT_NAME_MAX } from "@/lib/products/limits";
import type { ProductFieldErrors, ProductSaveResult } from "@/lib/products/types";
import { ProductPriceField } from "./product-price-field";
import { RecurringField, type RecurringValue } from "./recurring-field";
import { ShopTextareaField } from "./shop-fields";
import { DigitalProductField } from "@/components/shipping/digital-product-field";

export interface ProductFormValues {
  name: string;
  description: string;
  /** As the seller types it ("24,50"). */
  price: string;
  /** Empty for unlimited. */
  stock: string;
  imageUrl: string | null;
  /** Digital / no delivery (issue 15). */
  digital?: boolean;
  /** Sold by subscription: every `intervalCount` intervals (null or absent: sold once). */
  recurring?: RecurringValue;
}

const PRICE_ERRORS = {
  invalid: "priceInvalid",
  tooManyDecimals: "priceTooManyDecimals",
  notPositive: "priceNotPositive",
  tooLarge: "priceTooLarge",
} as const;

/**
 * The product form, for adding and for editing. `action` is the server action bound to what is
 * being saved; on success the browser goes to `successHref`.
 */
export function ProductForm({
  mode,
  action,
  successHref,
  cancelHref,
  initial,
  currency,
  affix,
  locale,
}: {
  mode: "create" | "edit";
  action: (form: FormData) => Promise<ProductSaveResult>;
  successHref: string;
  cancelHref: string;
  initial: ProductFormValues;
  currency: string;
  affix: CurrencyAffix;
  locale: Locale;
}) {
  const t = useTranslations("catalog");
  const ts = useTranslations("subscriptions");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const [price, setPrice] = useState(initial.price);
  const [stock, setStock] = useState(initial.stock);
  const [errors, setErrors] = useState<ProductFieldErrors>({});
  const [imageProblem, setImageProblem] = useState<"imageTooLarge" | "imageUnsupportedType" | null>(null);
  const [pending, setPending] = useState(false);

  const decimals = inputDecimals(currency);
  const example = formatAmountForInput((decimals === 0 ? 1500 : 2450) * 10 ** (minorUnitDecimals(currency) - decimals), currency, locale);
  const values = {
    currency: affix.code,
    decimals,
    example,
    max: formatMoney(MAX_AMOUNT_MINOR, currency, locale),
  };

  function message(key: string | undefined): string | undefined {
    if (!key) return undefined;
    const resolved = key === "priceTooManyDecimals" && decimals === 0 ? "priceNoDecimals" : key;
    return translateKnown(t, `errors.${resolved}`, values) ?? translateKnown(ts, `errors.${resolved}`) ?? t("errors.unexpected");
  }

  function clearError(field: keyof ProductFieldErrors) {
    setErrors((current) => {
      if (!current[field] && !current.form) return current;
      const next = { ...current };
      delete next[field];
      delete next.form;
      return next;
    });
  }

  const focusFirstError = useFocusFirstError(formRef);

  /** Checks the price as soon as the seller leaves the field; the server checks it again. */
  function checkPrice() {
    if (price.trim() === "") return;
    const parsed = parseAmountToMinor(price, currency, locale);
    if (!parsed.ok) setErrors((current) => ({ ...current, price: PRICE_ERRORS[parsed.error] }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (imageProblem) {
      setErrors((current) => ({ ...current, image: imageProblem }));
      focusFirstError();
      return;
    }
    setPending(true);
    try {
      const result = await action(new FormData(event.currentTarget));
      if (result.ok) {
        router.push(successHref);
        return;
      }
      if (result.reason === "noShop") {
        router.push("/seller/shops/new");
        return;
      }
      setErrors(result.reason === "notFound" ? { form: "notFound" } : result.fieldErrors);
    } catch {
      setErrors({ form: "unexpected" });
    }
    setPending(false);
    focusFirstError();
  }

  const submitLabel = mode === "create" ? t("form.submitCreate") : t("form.submitUpdate");
  const pendingLabel = mode === "create" ? t("form.submittingCreate") : t("form.submittingUpdate");

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-6" noValidate aria-busy={pending}>
      {errors.form && <FormError>{message(errors.form)}</FormError>}
      <Field
        id="product-name"
        name="name"
        label={t("form.name")}
        placeholder={t("form.namePlaceholder")}
        value={name}
        maxLength={PRODUCT_NAME_MAX}
        autoComplete="off"
        required
        error={message(errors.name)}
        onChange={(event) => {
          setName(event.target.value);
          clearError("name");
        }}
      />
      <ShopTextareaField
        id="product-description"
        name="description"
        label={t("form.description")}
        optional={t("form.optional")}
        hint={t("form.descriptionHint")}
        value={description}
        maxLength={PRODUCT_DESCRIPTION_MAX}
        rows={5}
        error={message(errors.description)}
        counter={t("form.descriptionCount", { count: description.length, max: PRODUCT_DESCRIPTION_MAX })}
        onChange={(event) => {
          setDescription(event.target.value);
          clearError("description");
        }}
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <ProductPriceField
          id="product-price"
          name="price"
          label={t("form.price")}
          hint={t("form.priceHint", { currency: affix.code, example })}
          affix={affix}
          inputMode={decimals === 0 ? "numeric" : "decimal"}
          placeholder={example}
          value={price}
          required
          error={message(errors.price)}
          onChange={(event) => {
            setPrice(event.target.value);
            clearError("price");
          }}
          onBlur={checkPrice}
        />
        <Field
          id="product-stock"
          name="stock"
          label={t("form.stock")}
          optional={t("form.optional")}
          hint={t("form.stockHint")}
          inputMode="numeric"
          autoComplete="off"
          value={stock}
          error={message(errors.stock)}
          onChange={(event) => {
            setStock(event.target.value);
            clearError("stock");
          }}
        />
      </div>
      <DigitalProductField defaultChecked={initial.digital ?? false} />
      <RecurringField initial={initial.recurring ?? null} error={message(errors.recurring)} />
      <ImageUploadField
        id="product-image"
        name="image"
        size="lg"
        maxBytes={PRODUCT_IMAGE_MAX_BYTES}
        label={t("form.image")}
        optionalLabel={t("form.optional")}
        previewAlt={t("form.imagePreview")}
        clearLabel={t("form.clearImage")}
        hint={t("form.imageHint")}
        current={{
          url: initial.imageUrl,
          alt: t("form.currentImage"),
          removeName: "removeImage",
          removeLabel: t("form.removeCurrentImage"),
        }}
        error={message(imageProblem ?? errors.image)}
        problems={{ tooLarge: "imageTooLarge", unsupportedType: "imageUnsupportedType" }}
        onProblem={(problem) => setImageProblem(problem)}
        onChange={() => clearError("image")}
      />
      <div className="flex flex-col-reverse gap-3 border-t border-stone-200 pt-6 sm:flex-row sm:justify-end">
        <Link href={cancelHref} className={buttonClasses("secondary", "w-full sm:w-auto")}>
          {t("form.cancel")}
        </Link>
        <SubmitButton pending={pending} label={submitLabel} pendingLabel={pendingLabel} className="w-full sm:w-auto" />
      </div>
    </form>
  );
}
