import manifest from '../../dist/custom-elements.json';

// The public surface of each element, read from the custom-elements manifest (`cem analyze`):
// what the Controls panel offers and what the stories set on the element.

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  description?: string;
  default?: string;
  type?: { text?: string };
}
interface Named {
  name: string;
  description?: string;
  default?: string;
  type?: { text?: string };
}
export interface ElementDeclaration {
  tagName?: string;
  description?: string;
  members?: Member[];
  attributes?: (Named & { fieldName?: string })[];
  events?: Named[];
  slots?: Named[];
  cssProperties?: Named[];
  cssParts?: Named[];
}

const declarations = new Map<string, ElementDeclaration>();
for (const module of (manifest as { modules: { declarations?: ElementDeclaration[] }[] }).modules)
  for (const declaration of module.declarations ?? [])
    if (declaration.tagName) declarations.set(declaration.tagName, declaration);

export function declarationOf(tagName: string): ElementDeclaration | undefined {
  return declarations.get(tagName);
}

/**
 * The element's public fields: no `private` or `protected` member, no `#field`, no static, and
 * nothing marked `@internal` (the analyzer documents them all, Storybook would show them all).
 */
export function publicFields(tagName: string): Member[] {
  return (declarationOf(tagName)?.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      (member.privacy === undefined || member.privacy === 'public') &&
      !member.static &&
      !member.name.startsWith('#') &&
      !/@internal\b/.test(member.description ?? ''),
  );
}

/** `bt-signed-in` → `onBtSignedIn`: the arg that receives the event (an action in Storybook). */
export function handlerArg(eventName: string): string {
  return `on${eventName.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`;
}
