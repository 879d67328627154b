import { Button } from "@/components/ui/button";

/** One of the operator's settings chosen among a few options, as radio buttons (a plain form, works without JavaScript). */
export function ChoiceForm({
  action,
  name,
  legend,
  hint,
  choices,
  value,
  submitLabel,
  hidden = {},
}: {
  action: (data: FormData) => Promise<void>;
  name: string;
  legend: string;
  hint: string;
  choices: { value: string; label: string }[];
  /** The setting now (checked). */
  value: string;
  submitLabel: string;
  hidden?: Record<string, string>;
}) {
  return (
    <form action={action} className="space-y-3">
      {Object.entries(hidden).map(([key, content]) => (
        <input key={key} type="hidden" name={key} value={content} />
      ))}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{legend}</legend>
        <p className="text-xs text-stone-500">{hint}</p>
        {choices.map((choice) => (
          <label key={choice.value} className="flex items-center gap-2 text-sm">
            <input type="radio" name={name} value={choice.value} defaultChecked={value === choice.value} className="size-4 accent-brand-600" />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <Button type="submit" variant="secondary">
        {submitLabel}
      </Button>
    </form>
  );
}
