import type { ArgTypes } from '@storybook/web-components-vite';
import { declarationOf, handlerArg, publicFields } from '../stories/support/element-api.js';

// The Controls panel and the docs tables, built from the manifest's public surface: one row per
// public property, keyed by its property name (what the stories set) and shown under its
// attribute name when it has one; rows for events, slots, CSS custom properties and parts are
// documentation only. Storybook's own extraction lists private fields, gives `min-length` and
// `minLength` a row each, and lets a CSS part (`phone`) replace the attribute of the same name.

/** Named types of the elements' API, spelled out: a select rather than a JSON editor. */
const NAMED_TYPES: Record<string, readonly (string | number)[]> = {
  Platform: ['ios', 'android', 'desktop'],
  MfaMethod: ['authenticator', 'sms'],
  InteractionMode: ['redirect', 'popup'],
  ActivationLandingHeadingLevel: [1, 2, 3, 4],
  LostPhoneCardHeadingLevel: [2, 3, 4, 5, 6],
  MfaMethodChooserHeadingLevel: [2, 3, 4],
  PasswordHintHeadingLevel: [2, 3, 4, 5],
  SigninFaqHeadingLevel: [2, 3, 4, 5],
};

/** The fixed choices of a union of literals (and named types above); undefined for anything else. */
export function choicesOf(type: string): (string | number)[] | undefined {
  const choices: (string | number)[] = [];
  for (const part of type.split('|').map((text) => text.trim())) {
    if (part === 'undefined' || part === 'null') continue;
    const literal = /^'(.*)'$|^"(.*)"$/.exec(part);
    if (literal) choices.push(literal[1] ?? literal[2]);
    else if (/^\d+$/.test(part)) choices.push(Number(part));
    else if (NAMED_TYPES[part]) choices.push(...NAMED_TYPES[part]);
    else return undefined;
  }
  return choices.length ? choices : undefined;
}

function controlFor(type: string): ArgTypes[string] {
  const bare = type.replace(/\s*\|\s*undefined$/, '');
  if (bare === 'boolean') return { control: 'boolean' };
  if (bare === 'number') return { control: 'number' };
  if (bare === 'string') return { control: 'text' };
  const choices = choicesOf(type);
  if (choices) {
    // An empty string is a choice of its own ("none"): label it so that the select shows it.
    const labels = Object.fromEntries(choices.map((choice) => [choice, choice === '' ? '(none)' : String(choice)]));
    return { control: { type: choices.length <= 4 ? 'inline-radio' : 'select', labels }, options: choices };
  }
  // An object (a service, a client, a configuration): set by the story, not from a panel.
  return { control: false };
}

export function extractArgTypes(tagName: string): ArgTypes | null {
  const declaration = declarationOf(tagName);
  if (!declaration) return null;
  const argTypes: ArgTypes = {};
  for (const field of publicFields(tagName)) {
    const type = field.type?.text ?? '';
    argTypes[field.name] = {
      name: field.attribute ?? field.name,
      description: field.attribute ? `${field.description ?? ''}\n\nProperty: \`${field.name}\`` : field.description,
      table: {
        category: field.attribute ? 'attributes' : 'properties',
        type: { summary: type },
        defaultValue: field.default === undefined ? undefined : { summary: field.default },
      },
      ...controlFor(type),
    };
  }
  const documented = (
    category: string,
    items: { name: string; description?: string; type?: { text?: string } }[] | undefined,
  ) => {
    for (const item of items ?? []) {
      argTypes[`${category}:${item.name}`] = {
        name: item.name,
        description: item.description,
        control: false,
        table: { category, type: { summary: item.type?.text ?? '' } },
      };
    }
  };
  for (const event of declaration.events ?? []) {
    argTypes[handlerArg(event.name)] = { action: event.name, table: { disable: true } };
  }
  documented('events', declaration.events);
  documented('slots', declaration.slots);
  documented('css custom properties', declaration.cssProperties);
  documented('css shadow parts', declaration.cssParts);
  return argTypes;
}

export function extractComponentDescription(tagName: string): string | undefined {
  return declarationOf(tagName)?.description;
}
