import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";

/** A form-wide error, focusable so that useFocusFirstError can move keyboard and screen-reader users to it. */
export function FormError({ children }: { children: ReactNode }) {
  return (
    <div data-form-error tabIndex={-1} className="outline-none">
      <Alert tone="error">{children}</Alert>
    </div>
  );
}
