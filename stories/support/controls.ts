import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { declarationOf, handlerArg, publicFields } from './element-api.js';

type Args = Record<string, unknown>;

/**
 * `<bt-x ${controlled(args)}>`: sets each of the element's public properties that the story's args
 * name (the Controls panel's rows), puts back the element's default when a control is reset, and
 * passes each event the element fires to its `on…` arg (Storybook's Actions panel).
 */
class Controlled extends Directive {
  private defaults?: Map<string, unknown>;
  private readonly touched = new Set<string>();
  private args: Args = {};
  private listening = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('controlled() goes on an element');
  }

  render(_args: Args) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [Args]) {
    const element = part.element as unknown as Record<string, unknown>;
    const tagName = part.element.localName;
    this.args = args;
    const fields = publicFields(tagName).map((field) => field.name);
    this.defaults ??= new Map(fields.map((name) => [name, element[name]]));
    for (const name of fields) {
      const given = name in args && args[name] !== undefined;
      if (!given && !this.touched.has(name)) continue;
      const value = given ? args[name] : this.defaults.get(name);
      if (given) this.touched.add(name);
      if (element[name] !== value) element[name] = value;
    }
    if (!this.listening) {
      this.listening = true;
      for (const event of declarationOf(tagName)?.events ?? []) {
        part.element.addEventListener(event.name, (fired) => {
          const handler = this.args[handlerArg(event.name)];
          if (typeof handler === 'function') (handler as (event: Event) => void)(fired);
        });
      }
    }
    return nothing;
  }
}

export const controlled = directive(Controlled);
