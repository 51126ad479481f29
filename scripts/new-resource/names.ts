/** Every spelling of a resource's name the generated code needs, from the one the forker typed ("support-ticket"). */
export type Names = {
  /** SupportTicket: the Prisma model, types and components. */
  Model: string;
  /** supportTicket: the Prisma delegate and variables. */
  model: string;
  /** supportTickets */
  models: string;
  /** SupportTickets */
  Models: string;
  /** support-tickets: URL segment and folder names. */
  slug: string;
  /** support-ticket: component file names. */
  slugOne: string;
  /** support_tickets: the permission prefix (support_tickets.read). */
  perm: string;
  /** support_ticket: the audit actions' prefix and target type. */
  action: string;
  /** support ticket, support tickets, Support ticket, Support tickets: in sentences and headings. */
  label: string;
  labels: string;
  Label: string;
  Labels: string;
  /** "a" or "an", before label. */
  article: string;
};

const WORD = /^[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*$/;

/** English plural of the last word, for the usual cases; `--plural` covers the rest. */
export function pluralOf(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

export function namesOf(input: string, plural?: string): Names {
  const singular = input
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  if (!WORD.test(singular))
    throw new Error(`"${input}" is not a resource name: use lowercase words and dashes, e.g. "task" or "support-ticket".`);
  const many =
    plural
      ?.trim()
      .toLowerCase()
      .replace(/[\s_]+/g, "-") ?? singular.replace(/[a-z0-9]+$/, pluralOf);
  if (!WORD.test(many)) throw new Error(`"${plural}" is not a plural: use lowercase words and dashes.`);
  if (many === singular) throw new Error(`The plural of "${singular}" must differ from it (routes are /api/<plural>/<id>): pass --plural.`);
  const words = singular.split("-");
  const pluralWords = many.split("-");
  const pascal = (parts: string[]) => parts.map((part) => part[0]!.toUpperCase() + part.slice(1)).join("");
  const camel = (parts: string[]) => parts[0] + pascal(parts.slice(1));
  const label = words.join(" ");
  const labels = pluralWords.join(" ");
  return {
    Model: pascal(words),
    model: camel(words),
    models: camel(pluralWords),
    Models: pascal(pluralWords),
    slug: many,
    slugOne: singular,
    perm: pluralWords.join("_"),
    action: words.join("_"),
    label,
    labels,
    Label: label[0]!.toUpperCase() + label.slice(1),
    Labels: labels[0]!.toUpperCase() + labels.slice(1),
    article: /^[aeio]/.test(label) ? "an" : "a",
  };
}
