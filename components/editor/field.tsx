import { inputClass } from "@/components/action-form";

/** A labelled input or select of a correction form; options are [value, label] pairs. */
export function Field({
  label,
  name,
  defaultValue,
  options,
  type = "text",
}: {
  label: string;
  name: string;
  defaultValue: string;
  options?: ReadonlyArray<readonly [string, string]>;
  type?: "text" | "date" | "url";
}) {
  return (
    <label className="text-sm">
      {label}
      {options ? (
        <select name={name} defaultValue={defaultValue} className={`mt-1 block ${inputClass}`}>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      ) : (
        <input name={name} type={type} defaultValue={defaultValue} className={`mt-1 block ${inputClass}`} />
      )}
    </label>
  );
}
