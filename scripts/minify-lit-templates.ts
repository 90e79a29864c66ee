// A Vite plugin that removes formatting whitespace from Lit `html` and `css` tagged templates in
// the library's sources at build time. Minifiers leave template literals alone, so without this
// every page would download the indentation of our templates.
import ts from 'typescript';
import type { Plugin } from 'vite';

/** Collapses whitespace runs that contain a line break: formatting only, rendering unchanged. */
function minifyHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Drops comments and formatting whitespace from CSS. */
function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

function templateParts(template: ts.TemplateLiteral): ts.Node[] {
  return ts.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.head, ...template.templateSpans.map((span) => span.literal)];
}

export function minifyLitTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('.ts') || !/\b(html|css)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
          const minify = (
            { html: minifyHtml, css: minifyCss, staticHtml: minifyHtml } as Record<string, typeof minifyHtml>
          )[node.tag.text];
          // CSS with substitutions could be broken apart mid-rule; only whole stylesheets are minified.
          if (minify && (minify !== minifyCss || ts.isNoSubstitutionTemplateLiteral(node.template))) {
            for (const part of templateParts(node.template)) {
              // The literal's raw text sits between its delimiters: ` or } before, ` or ${ after.
              const start = part.getStart(source) + 1;
              const end =
                part.getEnd() -
                (part.kind === ts.SyntaxKind.TemplateHead || part.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
              edits.push({ start, end, text: minify(code.slice(start, end)) });
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (edits.length === 0) return null;
      let result = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}
