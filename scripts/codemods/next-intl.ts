/**
 * Codemod: from the hand-written dictionaries (`t.catalog.list.title`, `interpolate(t.x, {...})`,
 * `t: Messages["catalog"]` props) to next-intl translators (`t("catalog.list.title")`,
 * `t("x", {...})`, components calling `useTranslations("catalog")` themselves).
 *
 *   npx tsx scripts/codemods/next-intl.ts [--dry] <files or folders...>     (default: app components lib)
 *   npx tsx scripts/codemods/next-intl.ts --messages lib/i18n/messages/<topic>.ts
 *
 * Re-runnable: a file with nothing left to convert is left byte for byte unchanged. The second form
 * rewrites "(s)" plurals of a message module into ICU plurals ("{count} produit(s)" ->
 * "{count, plural, one {# produit} other {# produits}}") and warns about ICU pitfalls (a straight
 * apostrophe before "{" quotes it: write ’).
 *
 * It knows the message tree (lib/i18n/messages/fr.ts) to tell a leaf (a string: becomes a call) from
 * a branch (a namespace: a component's own useTranslations, or a prefix for the keys below it).
 * After running it: `npm run typecheck` names every key that does not exist and every spot the
 * codemod left for a person (a dictionary handed to a helper in an unusual way).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Types naming a part of the message tree (besides local `type T = Messages["a"]["b"]` aliases). */
const TYPE_NAMESPACES: Record<string, string> = {
  Messages: "",
  AdminMessages: "adminArea",
  AdminMoneyMessages: "adminMoney",
  MoneyStockMessages: "moneyStock",
  SecurityMessages: "security",
  JobsMessages: "jobs",
};
/** Functions returning a part of the tree: `adminMessages(locale)`. */
const CALL_NAMESPACES: Record<string, string> = { adminMessages: "adminArea", jobsMessages: "jobs" };

type Tree = { [key: string]: string | Tree };

function kind(tree: Tree, full: string): "leaf" | "branch" | "missing" {
  let node: string | Tree = tree;
  for (const part of full ? full.split(".") : []) {
    if (typeof node === "string" || !(part in node)) return "missing";
    node = node[part]!;
  }
  return typeof node === "string" ? "leaf" : "branch";
}
const join = (...parts: string[]) => parts.filter(Boolean).join(".");

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A name bound to a translator: the real variable holding it and the key prefix it stands for. */
interface Binding {
  variable: string;
  namespace: string; // of the real translator
  prefix: string; // keys below it, relative to `namespace`
}

export function transform(source: string, fileName: string, tree: Tree): string {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edits: Edit[] = [];
  const edit = (start: number, end: number, text: string) => {
    if (!edits.some((e) => e.start === start && e.end === end && e.text === text)) edits.push({ start, end, text });
  };
  const isClient = /^\s*["']use client["']/.test(source);
  const needs = { useTranslations: false, getTranslations: false, Translator: false, messageTable: false, createTranslator: false };
  // Functions of this file whose dictionary parameter becomes a translator parameter.
  const translatorHelpers = new Set<string>();

  // Local aliases: type T = Messages["catalog"]["list"].
  const typeNs = new Map<string, string>(Object.entries(TYPE_NAMESPACES));
  const nsOfTypeText = (text: string): string | undefined => {
    const m = /^(\w+)((?:\[\s*"[^"]+"\s*\])*)$/.exec(text.replace(/\s+/g, ""));
    if (!m || !typeNs.has(m[1]!)) return undefined;
    const parts = [...m[2]!.matchAll(/"([^"]+)"/g)].map((x) => x[1]!);
    return join(typeNs.get(m[1]!)!, ...parts);
  };
  for (const st of sf.statements) {
    if (ts.isTypeAliasDeclaration(st)) {
      const ns = nsOfTypeText(st.type.getText(sf));
      if (ns !== undefined) typeNs.set(st.name.text, ns);
    }
  }
  // Local prop types: type Props = {...} / interface Props {...}, to find a `t` member.
  const localTypes = new Map<string, ts.NodeArray<ts.TypeElement>>();
  for (const st of sf.statements) {
    if (ts.isTypeAliasDeclaration(st) && ts.isTypeLiteralNode(st.type)) localTypes.set(st.name.text, st.type.members);
    if (ts.isInterfaceDeclaration(st)) localTypes.set(st.name.text, st.members);
  }
  const membersOf = (type: ts.TypeNode | undefined) =>
    !type ? undefined : ts.isTypeLiteralNode(type) ? type.members : ts.isTypeReferenceNode(type) ? localTypes.get(type.typeName.getText(sf)) : undefined;

  const removeListItem = (node: ts.Node, list: ts.NodeArray<ts.Node>) => {
    const i = list.indexOf(node);
    const start = i > 0 ? list[i - 1]!.getEnd() : node.getStart(sf);
    const end = i > 0 ? node.getEnd() : i + 1 < list.length ? list[i + 1]!.getStart(sf) : node.getEnd();
    edit(start, end, "");
  };

  const translatorCall = (fn: ts.FunctionLikeDeclaration | undefined, ns: string) => {
    const arg = ns ? JSON.stringify(ns) : "";
    if (fn && fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) && !isClient) {
      needs.getTranslations = true;
      return `await getTranslations(${arg})`;
    }
    needs.useTranslations = true;
    return `useTranslations(${arg})`;
  };

  const fnName = (fn: ts.FunctionLikeDeclaration): string | undefined => {
    if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
    if (ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
    return undefined;
  };

  /** Splits `a.b[c]` rooted at a bound name into its segments (string: static, node: dynamic). */
  /**
   * A translator standing in for an expression that returned a part of the dictionary:
   * `adminMessages(locale)`, `(locale === "fr" ? adminMoneyFr : adminMoneyEn)`, and in lib/ (no
   * React: emails, scripts) `messages[locale]`.
   */
  function inlineBinding(root: ts.Expression, segs: (string | ts.Expression)[], fn: ts.FunctionLikeDeclaration | undefined): { binding: Binding; segs: (string | ts.Expression)[] } | undefined {
    if (ts.isCallExpression(root) && ts.isIdentifier(root.expression) && root.expression.text in CALL_NAMESPACES) {
      const ns = CALL_NAMESPACES[root.expression.text]!;
      return { binding: { variable: `(${translatorCall(fn, ns)})`, namespace: ns, prefix: "" }, segs };
    }
    const pick = ts.isConditionalExpression(root) && /^\w+\s*===\s*"fr"$/.test(root.condition.getText(sf)) ? /^(\w+)Fr$/.exec(root.whenTrue.getText(sf)) : null;
    if (pick && ts.isConditionalExpression(root) && root.whenFalse.getText(sf) === `${pick[1]}En`) {
      return { binding: { variable: `(${translatorCall(fn, pick[1]!)})`, namespace: pick[1]!, prefix: "" }, segs };
    }
    const first = segs[0];
    if (ts.isIdentifier(root) && root.text === "messages" && first && typeof first !== "string" && /(^|\/)lib\//.test(fileName)) {
      needs.createTranslator = true;
      const locale = first.getText(sf);
      return { binding: { variable: `createTranslator({ locale: ${locale}, messages: messages[${locale}] })`, namespace: "", prefix: "" }, segs: segs.slice(1) };
    }
    return undefined;
  }

  function chainOf(node: ts.Expression): { root: ts.Identifier; segs: (string | ts.Expression)[]; base?: ts.Expression } | undefined {
    const segs: (string | ts.Expression)[] = [];
    let cur: ts.Expression = node;
    for (;;) {
      if (ts.isPropertyAccessExpression(cur) && ts.isIdentifier(cur.name)) {
        segs.unshift(cur.name.text);
        cur = cur.expression;
      } else if (ts.isElementAccessExpression(cur)) {
        const arg = cur.argumentExpression;
        segs.unshift(ts.isStringLiteral(arg) ? arg.text : arg);
        cur = cur.expression;
      } else if (ts.isParenthesizedExpression(cur) || ts.isAsExpression(cur) || ts.isNonNullExpression(cur)) {
        cur = cur.expression;
      } else break;
    }
    if (ts.isIdentifier(cur)) return { root: cur, segs, base: cur };
    return ts.isCallExpression(cur) || ts.isConditionalExpression(cur) ? { root: undefined as unknown as ts.Identifier, segs, base: cur } : undefined;
  }

  function visit(node: ts.Node, scope: Map<string, Binding>, fn: ts.FunctionLikeDeclaration | undefined): void {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const f = node as ts.FunctionLikeDeclaration;
      const inner = new Map(scope);
      const inserts: string[] = [];
      const name = fnName(f);
      const component = !!name && /^[A-Z]/.test(name);
      for (const param of f.parameters) {
        if (ts.isIdentifier(param.name) && param.type) {
          const ns = nsOfTypeText(param.type.getText(sf));
          if (ns !== undefined) {
            needs.Translator = true;
            if (name) translatorHelpers.add(name);
            edit(param.type.getStart(sf), param.type.getEnd(), ns ? `Translator<${JSON.stringify(ns)}>` : "Translator");
            inner.set(param.name.text, { variable: param.name.text, namespace: ns, prefix: "" });
          }
        } else if (ts.isObjectBindingPattern(param.name)) {
          const members = membersOf(param.type);
          for (const element of param.name.elements) {
            if (!ts.isIdentifier(element.name) || element.propertyName) continue;
            const local = element.name.text;
            const member = members?.find((m) => ts.isPropertySignature(m) && m.name.getText(sf) === local && m.type);
            const ns = member && ts.isPropertySignature(member) ? nsOfTypeText(member.type!.getText(sf)) : undefined;
            if (ns === undefined || !component) continue;
            if (param.name.elements.length === 1 && f.parameters.length === 1) edit(param.getStart(sf), param.getEnd(), ""); // ({ t }: { t: T }) -> ()
            else {
              removeListItem(element, param.name.elements);
              removeMember(member!);
            }
            inserts.push(`const ${local} = ${translatorCall(f, ns)};`);
            inner.set(local, { variable: local, namespace: ns, prefix: "" });
          }
        }
      }
      if (inserts.length) {
        const body = f.body!;
        if (ts.isBlock(body)) edit(body.getStart(sf) + 1, body.getStart(sf) + 1, `\n  ${inserts.join("\n  ")}`);
        else {
          edit(body.getStart(sf), body.getStart(sf), `{\n  ${inserts.join("\n  ")}\n  return `);
          edit(body.getEnd(), body.getEnd(), ";\n}");
        }
      }
      ts.forEachChild(node, (child) => visit(child, inner, f));
      return;
    }

    if (ts.isVariableDeclaration(node) && node.initializer) {
      const init = node.initializer;
      // const { locale, t } = await getI18n()  (also inside Promise.all): getI18n's t is the root translator.
      if (init.getText(sf).includes("getI18n(")) {
        const patterns = ts.isObjectBindingPattern(node.name) ? [node.name] : ts.isArrayBindingPattern(node.name) ? node.name.elements.filter((e): e is ts.BindingElement => ts.isBindingElement(e)).map((e) => e.name).filter(ts.isObjectBindingPattern) : [];
        for (const p of patterns) for (const e of p.elements) {
          const key = (e.propertyName ?? e.name).getText(sf);
          if (key === "t" && ts.isIdentifier(e.name)) scope.set(e.name.text, { variable: e.name.text, namespace: "", prefix: "" });
        }
      }
      if (ts.isIdentifier(node.name)) {
        const local = node.name.text;
        // const t = adminMessages(locale)
        const callee = ts.isCallExpression(init) && ts.isIdentifier(init.expression) ? init.expression.text : undefined;
        if (callee && callee in CALL_NAMESPACES) {
          edit(init.getStart(sf), init.getEnd(), translatorCall(fn, CALL_NAMESPACES[callee]!));
          scope.set(local, { variable: local, namespace: CALL_NAMESPACES[callee]!, prefix: "" });
          return;
        }
        // const t = (locale === "fr" ? adminMoneyFr : adminMoneyEn).webhooks
        const pick = /^\(?\s*\w+\s*===\s*"fr"\s*\?\s*(\w+)Fr\s*:\s*\1En\s*\)?((?:\.\w+)*)$/.exec(init.getText(sf));
        if (pick) {
          const ns = join(pick[1]!, ...pick[2]!.split(".").filter(Boolean));
          edit(init.getStart(sf), init.getEnd(), translatorCall(fn, ns));
          scope.set(local, { variable: local, namespace: ns, prefix: "" });
          return;
        }
        // const tl = t.catalog.list: an alias for the keys below (no new translator needed).
        const chain = chainOf(init);
        const bound = chain?.root && scope.get(chain.root.text);
        if (chain && bound && chain.segs.every((s) => typeof s === "string") && chain.segs.length) {
          const prefix = join(bound.prefix, ...(chain.segs as string[]));
          if (kind(tree, join(bound.namespace, prefix)) === "branch") {
            const stmt = node.parent.parent;
            if (ts.isVariableStatement(stmt) && stmt.declarationList.declarations.length === 1) edit(stmt.getFullStart(), stmt.getEnd(), "");
            scope.set(local, { variable: bound.variable, namespace: bound.namespace, prefix });
            return;
          }
        }
      }
    }

    // Types (typeof t.x) and names (attribute names, keys) are not values to translate.
    if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return;
    if (ts.isIdentifier(node) && (ts.isJsxAttribute(node.parent) || ts.isPropertyAssignment(node.parent) && node.parent.name === node || ts.isShorthandPropertyAssignment(node.parent) || ts.isBindingElement(node.parent) || ts.isVariableDeclaration(node.parent))) return;

    // <Component t={...}>: the component now reads its own translations.
    if (ts.isJsxAttribute(node) && node.name.getText(sf) === "t" && node.initializer && ts.isJsxExpression(node.initializer) && node.initializer.expression) {
      const chain = chainOf(node.initializer.expression);
      if (chain?.root && scope.has(chain.root.text) && chain.segs.every((s) => typeof s === "string")) {
        const b = scope.get(chain.root.text)!;
        if (kind(tree, join(b.namespace, b.prefix, ...(chain.segs as string[]))) !== "leaf") {
          edit(node.getFullStart(), node.getEnd(), "");
          return;
        }
      }
    }

    // interpolate(<leaf>, values) -> t("key", values)
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "interpolate" && node.arguments.length === 2) {
      // Only "interpolate(first, " is replaced: the values stay in place (and are converted themselves).
      const [first, values] = node.arguments as unknown as [ts.Expression, ts.Expression];
      const heads = ts.isConditionalExpression(first) ? [first.whenTrue, first.whenFalse] : [first];
      const converted = heads.map((head) => convertChain(head, scope, fn, "\u0000"));
      if (converted.every((c) => c !== undefined)) {
        const [a, b] = converted.map((c) => /^(\w+)\(("[^"]*"|`[^`]*`), \u0000\)$/.exec(c!));
        if (ts.isConditionalExpression(first) && a && b && a[1] === b[1]) {
          // interpolate(c ? t.a : t.b, v) -> t(c ? "a" : "b", v)
          edit(node.getStart(sf), values.getStart(sf), `${a[1]}(${first.condition.getText(sf)} ? ${a[2]} : ${b[2]}, `);
        } else if (!ts.isConditionalExpression(first)) {
          edit(node.getStart(sf), values.getStart(sf), converted[0]!.split("\u0000")[0]!);
        } else return ts.forEachChild(node, (child) => visit(child, scope, fn));
        visit(values, scope, fn);
        return;
      }
    }

    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isIdentifier(node)) {
      const converted = convertChain(node as ts.Expression, scope, fn);
      if (converted !== undefined) {
        edit(node.getStart(sf), node.getEnd(), converted);
        if (ts.isElementAccessExpression(node)) {
          // the dynamic part may itself hold translations
        }
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, scope, fn));
  }

  function removeMember(member: ts.TypeElement) {
    const parent = member.parent as ts.TypeLiteralNode | ts.InterfaceDeclaration;
    const list = parent.members;
    const i = list.indexOf(member);
    if (i < 0) return;
    // the member and its separator ("t: T;" or "t: T,")
    const after = sf.text.slice(member.getEnd(), member.getEnd() + 1);
    edit(member.getFullStart(), member.getEnd() + (after === ";" || after === "," ? 1 : 0), "");
  }

  /** The chain `node` (rooted at a bound name) as a translator call, or undefined if not ours. */
  function convertChain(node: ts.Expression, scope: Map<string, Binding>, fn: ts.FunctionLikeDeclaration | undefined, values?: string): string | undefined {
    // Only the outermost access of a chain is converted.
    const parent = node.parent;
    if (!values && (ts.isPropertyAccessExpression(parent) && parent.expression === node || ts.isElementAccessExpression(parent) && parent.expression === node)) {
      const outer = chainOf(parent as ts.Expression);
      if (outer?.root && scope.has(outer.root.text)) {
        // the outer access continues the chain unless we already reached a leaf here
        const inner = chainOf(node);
        const b = scope.get(outer.root.text)!;
        if (inner && inner.segs.every((s) => typeof s === "string") && kind(tree, join(b.namespace, b.prefix, ...(inner.segs as string[]))) === "branch") return undefined;
        if (inner && inner.segs.length === 0) return undefined;
      }
    }
    let chain = chainOf(node);
    if (!chain) return undefined;
    let b = chain.root ? scope.get(chain.root.text) : undefined;
    if (!b && chain.base && chain.segs.length) {
      const inline = inlineBinding(chain.base, chain.segs, fn);
      if (!inline || !inline.segs.length) return undefined;
      b = inline.binding;
      chain = { ...chain, segs: inline.segs };
    }
    if (!b) return undefined;
    if (chain.root === node && b.prefix === "") {
      // A bare translator: passed on to a helper (typed Translator now) or to a component (removed above).
      return undefined;
    }
    // Keep only the segments that lead to a leaf; anything after (".length") stays as it is.
    const statics: string[] = [];
    let dynamic: ts.Expression | undefined;
    for (const seg of chain.segs) {
      if (typeof seg !== "string") {
        dynamic = seg;
        break;
      }
      statics.push(seg);
      if (kind(tree, join(b.namespace, b.prefix, ...statics)) !== "branch") break;
    }
    const key = join(b.prefix, ...statics);
    const args = values ? `, ${values}` : "";
    if (dynamic) {
      const expr = dynamic.getText(sf);
      return `${b.variable}(\`${key ? `${key}.` : ""}\${${expr}}\`${args})`;
    }
    const k = kind(tree, join(b.namespace, key));
    if (k === "leaf" || k === "missing") return `${b.variable}(${JSON.stringify(key)}${args})`;
    if (values) return undefined;
    // A branch used as a value: a helper taking a translator, or a lookup table.
    // A helper of this file that now takes a translator, inside an async server function: hand it one.
    const call = node.parent;
    if (ts.isCallExpression(call) && ts.isIdentifier(call.expression) && translatorHelpers.has(call.expression.text) && fn?.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) && !isClient) {
      return `(${translatorCall(fn, join(b.namespace, key))})`;
    }
    // Otherwise a lookup table of strings (labels by code, word lists for a helper).
    needs.messageTable = true;
    return `messageTable(${b.variable}, ${JSON.stringify(key)})`;
  }


  visit(sf, new Map(), undefined);
  if (!edits.length) return source;

  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = source;
  let lastStart = Infinity;
  for (const e of edits) {
    if (e.end > lastStart) continue; // overlapping: the outer edit already covers it
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    lastStart = e.start;
  }
  return fixImports(out, needs);
}

function fixImports(source: string, needs: { useTranslations: boolean; getTranslations: boolean; Translator: boolean; messageTable: boolean; createTranslator: boolean }): string {
  let out = source;
  const add: string[] = [];
  if (needs.useTranslations && !/import \{[^}]*\buseTranslations\b[^}]*\} from "next-intl"/.test(out)) add.push(`import { useTranslations } from "next-intl";`);
  if (needs.getTranslations && !/\bgetTranslations\b[^;]*from "next-intl\/server"/.test(out)) add.push(`import { getTranslations } from "next-intl/server";`);
  if (needs.Translator && !/\bTranslator\b[^;]*from "@\/lib\/i18n\/translator"/.test(out)) add.push(`import type { Translator } from "@/lib/i18n/translator";`);
  if (needs.createTranslator && !/\bcreateTranslator\b[^;]*from "next-intl"/.test(out)) add.push(`import { createTranslator } from "next-intl";`);
  if (needs.messageTable && !/\bmessageTable\b[^;]*from "@\/lib\/i18n\/translator"/.test(out)) add.push(`import { messageTable } from "@/lib/i18n/translator";`);
  // Drop imports nothing uses any more.
  // Namespace type aliases nobody uses any more: type T = Messages["catalog"]["list"];
  for (const alias of [...out.matchAll(/^type (\w+) = \w*Messages(?:\["[^"]+"\])*;\n/gm)]) {
    if (out.split(new RegExp(`\\b${alias[1]}\\b`)).length === 2) out = out.replace(alias[0], "");
  }
  for (const name of ["interpolate", "getI18n", "adminMessages", "messages", "Messages", "AdminMessages", "AdminMoneyMessages", "adminMoneyFr", "adminMoneyEn", "MoneyStockMessages", "SecurityMessages", "JobsMessages", "jobsMessages"]) {
    const body = out.replace(/^import[^;]*;$/gm, "");
    if (new RegExp(`\\b${name}\\b`).test(body)) continue;
    out = out.replace(new RegExp(`^import (type )?\\{([^}]*)\\} from ("[^"]+");\\n`, "gm"), (line, type: string | undefined, names: string, from: string) => {
      const kept = names.split(",").map((s) => s.trim()).filter((s) => s && s !== name && s !== `type ${name}`);
      if (kept.length === names.split(",").map((s) => s.trim()).filter(Boolean).length) return line;
      return kept.length ? `import ${type ?? ""}{ ${kept.join(", ")} } from ${from};\n` : "";
    });
  }
  if (add.length) {
    const directive = /^\s*["']use (client|server)["'];?\n/.exec(out);
    const at = directive ? directive[0].length : 0;
    out = out.slice(0, at) + add.join("\n") + "\n" + out.slice(at);
  }
  return out.replace(/\n{3,}/g, "\n\n");
}

/** "{count} produit(s) trouvé(s)" -> "{count, plural, one {# produit trouvé} other {# produits trouvés}}". */
export function pluralize(message: string): string {
  if (!/\((s|e|es)\)/.test(message)) return message;
  const arg = /\{(\w+)\}[^{}]*?\((?:s|e|es)\)/.exec(message)?.[1];
  if (!arg) return message;
  const one = message.replace(/\((s|e|es)\)/g, "").replace(`{${arg}}`, "#");
  const other = message.replace(/\((s|e|es)\)/g, "$1").replace(`{${arg}}`, "#");
  return `{${arg}, plural, one {${one}} other {${other}}}`;
}

function convertMessages(file: string) {
  const source = readFileSync(file, "utf8");
  const out = source.replace(/"((?:[^"\\]|\\.)*)"/g, (literal, body: string) => {
    if (/'\{|'#/.test(body)) console.warn(`${file}: a straight apostrophe before { or # quotes it in ICU, write ’: ${body}`);
    return JSON.stringify(pluralize(JSON.parse(literal) as string));
  });
  if (out !== source) writeFileSync(file, out);
}

function files(target: string): string[] {
  if (statSync(target).isDirectory()) return readdirSync(target).flatMap((f) => (f === "node_modules" || f === "messages" ? [] : files(path.join(target, f))));
  return /\.(ts|tsx)$/.test(target) && !/\.d\.ts$/.test(target) ? [target] : [];
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--messages") {
    for (const f of args.slice(1)) convertMessages(f);
    return;
  }
  const dry = args.includes("--dry");
  const targets = args.filter((a) => a !== "--dry");
  const { fr } = (await import(path.resolve("lib/i18n/messages/fr.ts"))) as { fr: Tree };
  let changed = 0;
  for (const file of (targets.length ? targets : ["app", "components", "lib"]).flatMap(files)) {
    if (file.includes("lib/i18n/") || file.includes("scripts/codemods")) continue;
    const source = readFileSync(file, "utf8");
    const out = transform(source, file, fr);
    if (out !== source) {
      changed++;
      console.log(`converted ${file}`);
      if (!dry) writeFileSync(file, out);
    }
  }
  console.log(`${changed} file(s) changed`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) void main();
