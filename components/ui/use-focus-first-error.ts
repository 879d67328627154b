"use client";

import { useEffect, useState, type RefObject } from "react";

/**
 * Returns a function to call when a submit is refused: once the errors have rendered, focus moves
 * to the form's first problem (an error alert or an invalid field), so keyboard and screen-reader
 * users land on it.
 */
export function useFocusFirstError(formRef: RefObject<HTMLFormElement | null>): () => void {
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[data-form-error], [aria-invalid="true"]')?.focus();
  }, [refusals, formRef]);
  return () => setRefusals((n) => n + 1);
}
