"use client";

import { createContext, useContext, useId, useRef, useState, type ReactNode } from "react";
import { focusItemAfter, type ItemAction } from "@/components/ui/listFocus";
import { UnavailableButton } from "@/components/ui/UnavailableButton";
import { fieldLabel, optionLabel, type FieldLabel } from "./labels";
import { emptyValue, fieldKind, issuePath, variantIndex, type FieldKind, type JsonSchema } from "./schemaNode";

/**
 * One form for any part of a format, drawn from its JSON Schema (schemaNode.ts) and worded by
 * labels.ts: objects are fieldsets, lists have add / move / remove, choices are selects, amounts
 * and rates carry their unit, an optional part is added on demand. The form edits a plain value;
 * the check's messages come back by path and are shown at their field (docs/decisions/0115).
 */

export interface FormIssues {
  /** Messages by the path the check writes (« customers[2].creditLimit »). */
  byPath: ReadonlyMap<string, readonly string[]>;
  /** The decision points met by the answer key, with their names: the keys offered for an explanation or a hint. */
  decisionPoints: readonly { id: string; label: string }[];
}

const IssuesContext = createContext<FormIssues>({ byPath: new Map(), decisionPoints: [] });

export const FormIssuesProvider = IssuesContext.Provider;

/** The words of the format being edited, by label key: the scenario's unless an editor gives its own (the quiz's). */
export type FieldLabels = (labelKey: string) => FieldLabel | undefined;

const LabelsContext = createContext<FieldLabels>(fieldLabel);

export const FieldLabelsProvider = LabelsContext.Provider;

/** The element of a field, for the summary's links: a path may hold any character but a space. */
export function fieldDomId(path: string): string {
  return `champ-${path === "" ? "document" : path.replace(/\s/g, "_")}`;
}

type Path = readonly PropertyKey[];

interface NodeProps {
  node: JsonSchema;
  value: unknown;
  onChange: (value: unknown) => void;
  path: Path;
  /** « customers[].creditLimit »: how labels.ts names the field. */
  labelKey: string;
  /** Absent from a required place: an empty text is "", an absent optional one is removed. */
  optional: boolean;
  /** The words of a list's item (« Remise 2 », with the list's unit), instead of labels.ts's. */
  words?: FieldLabel | undefined;
  /** A group alone in a section already titled with its name: its legend is for screen readers only. */
  hideLegend?: boolean | undefined;
}

function useWords(): (labelKey: string) => FieldLabel {
  const labels = useContext(LabelsContext);
  return (labelKey) => labels(labelKey) ?? { label: /[^.\]]+$/.exec(labelKey)?.[0] ?? labelKey };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The check's messages at this exact path, tied to the field by its id. */
function useFieldIssues(path: Path): { id: string; messages: readonly string[] } {
  const { byPath } = useContext(IssuesContext);
  const key = issuePath(path);
  return { id: fieldDomId(key), messages: byPath.get(key) ?? [] };
}

function FieldMessages({ id, help, messages }: { id: string; help: string | undefined; messages: readonly string[] }) {
  return (
    <>
      {help ? (
        <p id={`${id}-aide`} className="muted field-hint">
          {help}
        </p>
      ) : null}
      {messages.length > 0 ? (
        <p id={`${id}-erreur`} className="field-error">
          {messages.join("\u00a0; ")}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, help: string | undefined, messages: readonly string[]): string | undefined {
  return [help ? `${id}-aide` : null, messages.length > 0 ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
}

// ---------------------------------------------------------------------------------------------
// Single values
// ---------------------------------------------------------------------------------------------

/** « 12,5 » → 12.5; what is not a number is kept as typed, for the check to name it. */
function parseNumber(text: string): unknown {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : text;
}

function numberText(value: unknown): string {
  return typeof value === "number" ? String(value).replace(".", ",") : typeof value === "string" ? value : "";
}

/** The format writes amounts with a point; a teacher types a comma. */
const amountText = (value: unknown): string => (typeof value === "string" ? value.replace(".", ",") : "");
const amountValue = (text: string): string => text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");

/**
 * The format writes dates "2026-11-28"; a teacher types 28/11/2026. A text field, not the
 * browser's calendar: a date the calendar lacks (31/02/2026) leaves a calendar field empty, and the
 * check could only say « date obligatoire ». Typed, it reaches the check, which says it does not exist.
 */
function dateText(value: unknown): string {
  if (typeof value !== "string") return "";
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso === null ? value : `${iso[3]}/${iso[2]}/${iso[1]}`;
}

/** « 28/11/2026 », « 28-11-2026 » or « 28.11.2026 » → "2026-11-28", the day kept even if the month lacks it; anything else as typed, for the check to name it. */
function dateValue(text: string): string {
  const typed = text.replace(/[\s\u00a0\u202f]/g, "");
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
  return french === null ? typed : `${french[3]}-${(french[2] ?? "").padStart(2, "0")}-${(french[1] ?? "").padStart(2, "0")}`;
}

function ScalarField({ node, value, onChange, path, labelKey, optional, field, words: given }: NodeProps & { field: FieldKind }) {
  const wordsOf = useWords();
  const words = given ?? wordsOf(labelKey);
  const { id, messages } = useFieldIssues(path);
  const aria = { id, "aria-invalid": messages.length > 0 ? true : undefined, "aria-describedby": describedBy(id, words.help, messages) } as const;
  const stored = (text: string, set: (text: string) => unknown) => (optional && text.trim() === "" ? undefined : set(text));
  const unset = (text: string, set: (text: string) => unknown) => onChange(stored(text, set));
  let control: ReactNode;
  switch (field.kind) {
    case "choice":
      control = <ChoiceSelect aria={aria} options={field.options} value={value ?? node.default} optional={optional && node.default === undefined} onChange={onChange} unit={words.unit} labels={words.options} />;
      break;
    case "boolean":
      if (optional && node.default === undefined) {
        control = <ChoiceSelect aria={aria} options={["true", "false"]} value={value === undefined ? undefined : String(value)} optional onChange={(v) => onChange(v === undefined ? undefined : v === "true")} labels={{ true: "oui", false: "non" }} />;
        break;
      }
      return (
        <div className="field">
          <span className="field-check">
            <input type="checkbox" {...aria} checked={value === true || (value === undefined && node.default === true)} onChange={(event) => onChange(event.target.checked)} />
            <label htmlFor={id}>{words.label}</label>
          </span>
          <FieldMessages id={id} help={words.help} messages={messages} />
        </div>
      );
    case "amount":
      control = <input {...aria} type="text" inputMode="decimal" value={amountText(value)} onChange={(event) => unset(event.target.value, amountValue)} />;
      break;
    case "number":
      control = <TypedInput aria={aria} value={value} shown={numberText} inputMode="decimal" onChange={(text) => unset(text, parseNumber)} toValue={(text) => stored(text, parseNumber)} />;
      break;
    default:
      if (words.input === "date") {
        control = <TypedInput aria={aria} value={value} shown={dateText} placeholder="JJ/MM/AAAA" onChange={(text) => unset(text, dateValue)} toValue={(text) => stored(text, dateValue)} />;
        break;
      }
      control =
        words.input === "multiline" ? (
          <textarea {...aria} rows={4} value={typeof value === "string" ? value : ""} onChange={(event) => unset(event.target.value, (text) => text)} />
        ) : (
          <input {...aria} type="text" value={typeof value === "string" ? value : ""} onChange={(event) => unset(event.target.value, (text) => text)} />
        );
  }
  const unit = words.unit ?? (field.kind === "amount" ? "€" : undefined);
  return (
    <div className={words.input === "multiline" || words.wide ? "field field-wide" : "field"}>
      <label htmlFor={id}>{words.label}</label>
      {unit !== undefined && field.kind !== "choice" ? (
        <span className="field-with-suffix">
          {control}
          <span className="field-suffix" aria-hidden="true">
            {unit}
          </span>
        </span>
      ) : (
        control
      )}
      <FieldMessages id={id} help={words.help} messages={messages} />
    </div>
  );
}

type Aria = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

/** Keeps what is being typed (« 12, », « 1/2/2026 ») while the value it stands for is stored; a value changed elsewhere shows as itself. */
function TypedInput({
  aria,
  value,
  shown,
  onChange,
  toValue,
  inputMode,
  placeholder,
}: {
  aria: Aria;
  value: unknown;
  shown: (value: unknown) => string;
  onChange: (text: string) => void;
  toValue: (text: string) => unknown;
  inputMode?: "decimal";
  placeholder?: string;
}) {
  const [typed, setTyped] = useState<{ text: string; value: unknown }>({ text: shown(value), value });
  const text = typed.value === value ? typed.text : shown(value);
  return (
    <input
      {...aria}
      type="text"
      inputMode={inputMode}
      placeholder={placeholder}
      value={text}
      onChange={(event) => {
        setTyped({ text: event.target.value, value: toValue(event.target.value) });
        onChange(event.target.value);
      }}
    />
  );
}

function ChoiceSelect({ aria, options, value, optional, onChange, labels, unit }: { aria: Aria; options: readonly (string | number)[]; value: unknown; optional: boolean; onChange: (value: unknown) => void; labels?: Readonly<Record<string, string>> | undefined; unit?: string | undefined }) {
  const index = options.findIndex((option) => option === value);
  const text = (option: string | number) => labels?.[String(option)] ?? `${optionLabel(option)}${unit ? `\u00a0${unit}` : ""}`;
  return (
    <select {...aria} value={index < 0 ? "" : String(index)} onChange={(event) => onChange(event.target.value === "" ? undefined : options[Number(event.target.value)])}>
      {optional || index < 0 ? <option value="">{optional ? "— non précisé —" : "— à choisir —"}</option> : null}
      {options.map((option, i) => (
        <option key={String(option)} value={String(i)}>
          {text(option)}
        </option>
      ))}
    </select>
  );
}

// ---------------------------------------------------------------------------------------------
// Objects, unions, lists, records
// ---------------------------------------------------------------------------------------------

/** An object's fields; `skip` leaves out a union's discriminator, chosen above. */
export function ObjectFields({ node, value, onChange, path, labelKey, skip }: { node: JsonSchema; value: unknown; onChange: (value: unknown) => void; path: Path; labelKey: string; skip?: string | undefined }) {
  const field = fieldKind(node);
  if (field.kind !== "object") return null;
  const record = isRecord(value) ? value : {};
  return (
    <div className="form-fields">
      {field.properties
        .filter(([key]) => key !== skip)
        .map(([key, child]) => (
          <PropertyField key={key} name={key} node={child} parent={record} required={field.required.has(key)} onParentChange={onChange} path={path} parentLabelKey={labelKey} />
        ))}
    </div>
  );
}

const childLabelKey = (parent: string, name: string) => (parent === "" ? name : `${parent}.${name}`);

/**
 * A choice narrowed by the field beside it that it depends on (a question's notions by its stage).
 * The value held stays offered even when it no longer fits: a select would otherwise show « à
 * choisir » over a value still in the document, and the check's message would point at nothing.
 */
function narrowedChoices(node: JsonSchema, words: FieldLabel, parent: Record<string, unknown>, value: unknown): JsonSchema {
  const by = words.choicesBy;
  const within = by === undefined ? undefined : by.choices[String(parent[by.field])];
  if (within === undefined || node.enum === undefined) return node;
  return { ...node, enum: node.enum.filter((option) => within.includes(String(option)) || option === value) };
}

/** A field of an object: an optional part without default is added on demand and can be removed. */
export function PropertyField({
  name,
  node,
  parent,
  required,
  onParentChange,
  path,
  parentLabelKey,
  hideLegend,
}: {
  name: string;
  node: JsonSchema;
  parent: Record<string, unknown>;
  required: boolean;
  onParentChange: (value: unknown) => void;
  path: Path;
  parentLabelKey: string;
  hideLegend?: boolean;
}) {
  const wordsOf = useWords();
  const childPath = [...path, name];
  const labelKey = childLabelKey(parentLabelKey, name);
  const value = parent[name];
  const shown = narrowedChoices(node, wordsOf(labelKey), parent, value);
  const set = (next: unknown) => {
    const copy = { ...parent };
    if (next === undefined) delete copy[name];
    else copy[name] = next;
    onParentChange(copy);
  };
  const kind = fieldKind(node).kind;
  const structured = kind === "object" || kind === "array" || kind === "record" || kind === "union";
  if (!required && structured && value === undefined && node.default === undefined) {
    return <AddPart labelKey={labelKey} path={childPath} onAdd={() => set(emptyValue(node))} />;
  }
  // A list is emptied item by item before it can be taken away: « Retirer » next to « Ajouter : client » would empty it at once.
  const removable = !required && structured && node.default === undefined && !(Array.isArray(value) && value.length > 0);
  return (
    <FieldNode node={shown} value={value ?? node.default} onChange={set} path={childPath} labelKey={labelKey} optional={!required} onRemove={removable ? () => set(undefined) : undefined} hideLegend={hideLegend} />
  );
}

function AddPart({ labelKey, path, onAdd }: { labelKey: string; path: Path; onAdd: () => void }) {
  const wordsOf = useWords();
  const words = wordsOf(labelKey);
  const { id, messages } = useFieldIssues(path);
  return (
    <div className="field field-wide form-add">
      <button type="button" className="button secondary small" id={id} aria-describedby={describedBy(id, words.help, messages)} aria-invalid={messages.length > 0 ? true : undefined} onClick={onAdd}>
        Ajouter&nbsp;: {words.label}
      </button>
      <FieldMessages id={id} help={words.help} messages={messages} />
    </div>
  );
}

export function FieldNode(props: NodeProps & { onRemove?: (() => void) | undefined }) {
  const field = fieldKind(props.node);
  switch (field.kind) {
    case "object":
    case "union":
    case "array":
    case "record":
      return <GroupField {...props} field={field} />;
    case "constant":
      return null;
    default:
      return <ScalarField {...props} field={field} />;
  }
}

function GroupField({ node, value, onChange, path, labelKey, field, onRemove, words: given, hideLegend }: NodeProps & { field: FieldKind; onRemove?: (() => void) | undefined }) {
  const wordsOf = useWords();
  const words = given ?? wordsOf(labelKey);
  const { id, messages } = useFieldIssues(path);
  return (
    <fieldset className="form-group" id={id} tabIndex={-1} aria-invalid={messages.length > 0 ? true : undefined} aria-describedby={describedBy(id, words.help, messages)}>
      <legend className={hideLegend ? "visually-hidden" : undefined}>{words.label}</legend>
      <FieldMessages id={id} help={words.help} messages={messages} />
      {field.kind === "object" ? <ObjectFields node={node} value={value} onChange={onChange} path={path} labelKey={labelKey} /> : null}
      {field.kind === "union" ? <UnionFields variants={field.variants} discriminator={field.discriminator} value={value} onChange={onChange} path={path} labelKey={labelKey} /> : null}
      {field.kind === "array" ? <ListItems items={field.items} minItems={field.minItems} value={value} onChange={onChange} path={path} labelKey={labelKey} /> : null}
      {field.kind === "record" ? <RecordEntries values={field.values} value={value} onChange={onChange} path={path} labelKey={labelKey} /> : null}
      {onRemove ? (
        <button type="button" className="button secondary small" onClick={onRemove}>
          Retirer&nbsp;: {words.label}
        </button>
      ) : null}
    </fieldset>
  );
}

function variantName(variant: JsonSchema, discriminator: string | undefined, labelKey: string, wordsOf: (labelKey: string) => FieldLabel): string {
  if (discriminator !== undefined) return optionLabel(variant.properties?.[discriminator]?.const as string);
  const key = variant.required?.[0] ?? "";
  return wordsOf(childLabelKey(labelKey, key)).label;
}

function UnionFields({ variants, discriminator, value, onChange, path, labelKey }: { variants: JsonSchema[]; discriminator: string | undefined; value: unknown; onChange: (value: unknown) => void; path: Path; labelKey: string }) {
  const selectId = useId();
  const wordsOf = useWords();
  const current = variantIndex(variants, discriminator, value);
  const variant = variants[current] ?? {};
  const choose = (index: number) => {
    const next = variants[index] ?? {};
    // A field both variants have is kept only if it holds the same sort of value (« Bonne réponse »: an id, then true or false).
    const fits = (key: string, kept: unknown) => {
      const child = next.properties?.[key];
      if (child === undefined) return false;
      const fresh = emptyValue(child);
      return typeof kept === typeof fresh && Array.isArray(kept) === Array.isArray(fresh);
    };
    const kept = isRecord(value) ? Object.fromEntries(Object.entries(value).filter(([key, old]) => key !== discriminator && fits(key, old))) : {};
    onChange({ ...(emptyValue(next) as object), ...kept });
  };
  const choiceLabel = discriminator !== undefined ? wordsOf(childLabelKey(labelKey, discriminator)).label : "Forme";
  return (
    <>
      <div className="field">
        <label htmlFor={selectId}>{choiceLabel}</label>
        <select id={selectId} value={String(current)} onChange={(event) => choose(Number(event.target.value))}>
          {variants.map((option, i) => (
            <option key={i} value={String(i)}>
              {variantName(option, discriminator, labelKey, wordsOf)}
            </option>
          ))}
        </select>
      </div>
      <ObjectFields node={variant} value={value} onChange={onChange} path={path} labelKey={labelKey} skip={discriminator} />
    </>
  );
}

/** « Client 2 — Imprimerie Touraine Graphic »: an item named by what identifies it. */
function itemName(noun: string, index: number, value: unknown): string {
  const named = isRecord(value) ? [value.name, value.description, value.reference, value.number, value.id].find((part) => typeof part === "string" && part.trim() !== "") : undefined;
  return `${noun} ${index + 1}${typeof named === "string" ? ` — ${named}` : ""}`;
}

function ListItems({ items, minItems, value, onChange, path, labelKey }: { items: JsonSchema; minItems: number; value: unknown; onChange: (value: unknown) => void; path: Path; labelKey: string }) {
  const wordsOf = useWords();
  const list = Array.isArray(value) ? value : [];
  const words = wordsOf(labelKey);
  const noun = words.item ?? "Élément";
  const itemKey = `${labelKey}[]`;
  const scalar = !["object", "union", "array", "record"].includes(fieldKind(items).kind);
  const listElement = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const replace = (next: unknown[]) => onChange(next);
  const act = (action: ItemAction, index: number, next: unknown[]) => {
    replace(next);
    focusItemAfter(action, index, next.length, () => listElement.current, () => addButton.current);
  };
  const moved = (from: number, to: number) => {
    const next = [...list];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    return next;
  };
  return (
    <>
      <ol className={scalar ? "form-list form-list-scalar" : "form-list"} ref={listElement}>
        {list.map((item, index) => {
          const name = itemName(noun, index, item);
          return (
            <li key={index}>
              <FieldNode
                node={items}
                value={item}
                onChange={(next) => replace(list.map((old, i) => (i === index ? next : old)))}
                path={[...path, index]}
                labelKey={itemKey}
                optional={false}
                words={scalar ? { label: name, ...(words.unit ? { unit: words.unit } : {}), ...(words.input ? { input: words.input } : {}) } : { label: name }}
              />
              <div className="form-item-actions">
                <UnavailableButton className="button secondary small" data-item-action="up" unavailable={index === 0} aria-label={`Monter\u00a0: ${name}`} onClick={() => act("up", index, moved(index, index - 1))}>
                  ↑ Monter
                </UnavailableButton>
                <UnavailableButton className="button secondary small" data-item-action="down" unavailable={index === list.length - 1} aria-label={`Descendre\u00a0: ${name}`} onClick={() => act("down", index, moved(index, index + 1))}>
                  ↓ Descendre
                </UnavailableButton>
                <UnavailableButton className="button secondary small" data-item-action="remove" unavailable={list.length <= minItems} aria-label={`Supprimer\u00a0: ${name}`} onClick={() => act("remove", index, list.filter((_, i) => i !== index))}>
                  Supprimer
                </UnavailableButton>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button secondary small" ref={addButton} onClick={() => replace([...list, emptyValue(items)])}>
        Ajouter&nbsp;: {noun.toLowerCase()}
      </button>
    </>
  );
}

function RecordEntries({ values, value, onChange, path, labelKey }: { values: JsonSchema; value: unknown; onChange: (value: unknown) => void; path: Path; labelKey: string }) {
  const { decisionPoints } = useContext(IssuesContext);
  const listId = useId();
  const wordsOf = useWords();
  const record = isRecord(value) ? value : {};
  const entries = Object.entries(record);
  const entryKey = `${labelKey}.*`;
  // A key already used is not taken: renaming onto it would drop one of the two entries.
  const rename = (from: string, to: string) => {
    if (to !== from && to in record) return;
    onChange(Object.fromEntries(entries.map(([key, v]) => [key === from ? to : key, v])));
  };
  const keyLabel = wordsOf("*").label;
  const valueLabel = wordsOf(entryKey).label;
  const freeKey = () => decisionPoints.find((point) => !(point.id in record))?.id ?? `point-${entries.length + 1}`;
  return (
    <>
      {/* The browser shows each point's name beside its id: « intake.credit » is « 3. Encours et plafond ». */}
      <datalist id={listId}>
        {decisionPoints.map((point) => (
          <option key={point.id} value={point.id} label={point.label} />
        ))}
      </datalist>
      <ul className="form-list">
        {entries.map(([key, entry], index) => (
          <li key={index} className="form-group">
            <div className="field">
              <label htmlFor={`${listId}-${index}`}>{keyLabel}</label>
              <input id={`${listId}-${index}`} type="text" list={listId} value={key} onChange={(event) => rename(key, event.target.value)} />
            </div>
            <FieldNode node={values} value={entry} onChange={(next) => onChange({ ...record, [key]: next })} path={[...path, key]} labelKey={entryKey} optional={false} words={{ ...wordsOf(entryKey), label: `${valueLabel} — ${key}` }} />
            <button
              type="button"
              className="button secondary small"
              aria-label={`Supprimer\u00a0: ${valueLabel} — ${key}`}
              onClick={() => onChange(Object.fromEntries(entries.filter(([k]) => k !== key)))}
            >
              Supprimer
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button secondary small" onClick={() => onChange({ ...record, [freeKey()]: emptyValue(values) })}>
        Ajouter&nbsp;: {valueLabel.toLowerCase()}
      </button>
    </>
  );
}
