import { html, nothing, svg } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { BtElement } from '../../internal/bt-element.js';
import { Task } from '@lit/task';
import { warnOnce } from '../../internal/dev-warning.js';
import { telHref } from '../../contact/contact-links.js';
import type { FaqEntry, FaqTopic } from '../../faq/entries.js';
import { alertStyles } from '../../styles/alert.js';
import { base, tokens } from '../../styles/tokens.js';
import { HashLinkController } from './hash-link-controller.js';
import { signinFaqStyles } from './signin-faq.styles.js';

const HEADINGS = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5` };
/** The heading levels `heading-level` accepts on `<bt-signin-faq>`. */
export type SigninFaqHeadingLevel = keyof typeof HEADINGS;

// With this many matches or fewer, the answers open by themselves.
const OPEN_MATCHES = 3;
// The count is announced once typing pauses this long: « mot de passe » is one announcement, not 14, 7, 4.
const COUNT_DELAY = 500;

type FaqModule = typeof import('../../faq/entries.js');
type SearchModule = typeof import('../../faq/search.js');
type SearchFaq = SearchModule['searchFaq'];
/** What the help centre needs of the FAQ module; without `searchFaq`, the search loads when used. */
export type FaqQuestions = Pick<FaqModule, 'FAQ_ENTRIES' | 'FAQ_TOPICS' | 'faqTopicTitle'> & { searchFaq?: SearchFaq };

let providedQuestions: FaqQuestions | undefined;
let loadQuestions: (() => Promise<FaqQuestions>) | undefined;

// The search (word forms, synonyms, typos, ranking) is loaded when a customer first goes to the
// search field, never with the questions: the help centre's first render and the journey's help
// (which has no search field) do without it. It brings what marks the words found.
let searchFaq: SearchFaq | undefined;
let matchedWords: SearchModule['matchedWords'] | undefined;
let searchLoading: Promise<unknown> | undefined;
function loadSearch(): Promise<unknown> {
  return (searchLoading ??= import('../../faq/search.js').then((module) => {
    searchFaq = module.searchFaq;
    matchedWords = module.matchedWords;
  }));
}

// Icons drawn with the text's colour (forced colours included); the control around each names it.
const ICON = (paths: unknown) => html`<svg viewBox="0 0 24 24" aria-hidden="true">${paths}</svg>`;
const SEARCH_ICON = ICON(svg`<circle cx="11" cy="11" r="6" /><path d="m16 16 4 4" />`);
const LINK_ICON = ICON(
  svg`<path d="M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1m2 4a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1" />`,
);
const COPIED_ICON = ICON(svg`<path d="m5 12 5 5 9-10" />`);

/**
 * Where the help centre's questions come from: the questions themselves (first render complete),
 * or a function that loads them when help is first shown. The entry points call it; the element
 * never imports the questions itself, so that a page that shows the help centre straight away
 * does not also carry the code that loads them later (bundlers such as esbuild would split the
 * questions into a chunk of their own and make that page wait for it). Questions handed over win
 * over a loader. For a custom registration of the class, call it with `FAQ_ENTRIES`, `FAQ_TOPICS`
 * and `faqTopicTitle` from the package's main entry (and `searchFaq`, to have the search at once).
 */
export function provideFaqQuestions(source: FaqQuestions | (() => Promise<FaqQuestions>)): void {
  if (typeof source === 'function') loadQuestions ??= source;
  else {
    providedQuestions = source;
    searchFaq ??= source.searchFaq;
  }
}

async function questionsOnDemand(): Promise<FaqQuestions> {
  if (!loadQuestions) {
    if (import.meta.env.DEV) {
      warnOnce(
        'bt-signin-faq',
        'has no questions: import one of the package’s entry points, or call `provideFaqQuestions()`.',
      );
    }
    throw new Error('bt-signin-faq: no questions');
  }
  return loadQuestions();
}

/**
 * The help centre: every question of the customer FAQ, grouped as in the FAQ (the Microsoft
 * account, using the phone, the steps of the sign-in journey), as native disclosure widgets, with
 * search as you type in the customers' own words (accents, word forms, synonyms, one typo and
 * whole sentences; results best first, the words found highlighted) and a link to each answer
 * that the customer can copy (`#faq-<id>` opens it, even outside the topics shown). With `phone`,
 * the lost-phone answer ends with a button that calls customer service. Other elements show only
 * the questions of one topic.
 *
 * @summary Help centre: the customer FAQ, searchable, with links to its answers.
 *
 * @csspart base - The wrapper.
 * @csspart search - The search field.
 * @csspart results - The live region: the count of matching questions, « Lien copié ».
 * @csspart topic - A group of questions.
 * @csspart matches - The questions that match a search, best first.
 * @csspart topic-title - The heading of a group.
 * @csspart question - A question (the disclosure's summary).
 * @csspart answer - An answer.
 * @csspart call - The button that calls customer service, under the lost-phone answer.
 * @csspart permalink - The button that copies the link to an answer.
 *
 * @cssprop --bt-signin-faq-max-width - Maximum width (default 48rem).
 * @cssprop --bt-signin-faq-separator - Line between questions (default: `--bt-color-border`).
 */
export class BtSigninFaq extends BtElement {
  static override styles = [tokens, base, alertStyles, signinFaqStyles];

  static override properties = {
    topic: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    noSearch: { type: Boolean, attribute: 'no-search' },
    phone: {},
    query: { state: true, attribute: false },
    copied: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    countedQuery: { state: true, attribute: false },
    searchFailed: { state: true, attribute: false },
  };

  /** Topics to show, space separated: `account`, `phone`, `journey`; all when empty. */
  topic = '';

  /** Level of the group headings (2 to 5). */
  headingLevel: SigninFaqHeadingLevel = 2;

  /** Hides the search field (for short, topic-filtered lists). */
  noSearch = false;

  /**
   * Customer service phone number (`01 23 45 67 89`, `+33 1 23 45 67 89`), as on
   * `<bt-lost-phone-card>`: the lost-phone answer then ends with a button that calls it.
   */
  phone = '';

  private query = '';
  /** The query whose count the live region says: the query once typing paused. */
  private countedQuery = '';
  private countTimer?: ReturnType<typeof setTimeout>;
  private searchFailed = false;
  /** The answer whose link was copied last. */
  private copied?: string;
  /** What the live region says instead of the count, after a copy. */
  private notice?: 'copied' | 'refused';

  // The questions and answers are the largest text of the library: loaded when help is shown.
  // Questions handed over up front need no loading, and no second render once it is done.
  private readonly faq = new Task(this, {
    task: questionsOnDemand,
    args: () => [],
    autoRun: !providedQuestions,
  });
  private readonly hashLinks = new HashLinkController(this, (id) => void this.openAnswer(id));

  private topics(all: readonly FaqTopic[]): FaqTopic[] {
    const wanted = this.topic.split(/\s+/).filter((topic): topic is FaqTopic => all.includes(topic as FaqTopic));
    return wanted.length ? wanted : [...all];
  }

  /** Loads the search the first time the field is used; the results then render. */
  private readonly prepareSearch = () => {
    if (matchedWords) return;
    loadSearch().then(
      () => this.requestUpdate(),
      () => (this.searchFailed = true),
    );
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.countTimer);
  }

  // A search typed before the search code arrived completes once its results are shown.
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (this.query && !searchFaq && searchLoading) {
      await searchLoading.catch(() => undefined);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private async openAnswer(id: string) {
    // The questions load on the first update: wait for them, then for their rendering.
    await this.updateComplete;
    if (!providedQuestions) await this.faq.taskComplete;
    await this.updateComplete;
    const details = this.renderRoot.querySelector<HTMLDetailsElement>(`#faq-${CSS.escape(id)}`);
    if (!details) return;
    details.open = true;
    details.scrollIntoView({ block: 'start' });
    details.querySelector('summary')?.focus();
  }

  /**
   * Copies the address of an answer (this page's, ending `#faq-<id>`). When the browser refuses
   * (no permission, a page not served over https), the page's address becomes that link instead,
   * for the customer to copy or share from the browser, and the live region says so.
   */
  private copyLink(id: string) {
    const hash = `#faq-${id}`;
    const said = (notice: 'copied' | 'refused') => {
      this.copied = notice === 'copied' ? id : undefined;
      // Said again when it is the same as before: the region empties first.
      this.notice = undefined;
      void this.updateComplete.then(() => (this.notice = notice));
    };
    (navigator.clipboard?.writeText(location.href.replace(/#.*/, '') + hash) ?? Promise.reject(new Error())).then(
      () => said('copied'),
      () => {
        history.replaceState(history.state, '', hash);
        said('refused');
      },
    );
  }

  override render() {
    return html`<div part="base">
      ${
        providedQuestions
          ? this.renderFaq(providedQuestions)
          : this.faq.render({
              pending: () => html`<p role="status">${msg('Chargement de l’aide…')}</p>`,
              complete: (faq) => this.renderFaq(faq),
              error: () =>
                html`<p class="alert" data-tone="error" role="alert">
                  ${msg('L’aide n’a pas pu être chargée. Vérifiez votre accès à Internet, puis rechargez la page.')}
                </p>`,
            })
      }
    </div>`;
  }

  private renderFaq(faq: FaqQuestions) {
    // A link to an answer (`#faq-<id>`) shows it, even outside the topics asked for: the journey's
    // help shows one topic, and a link copied from another step points elsewhere.
    const linked = faq.FAQ_ENTRIES.find((entry) => entry.id === this.hashLinks.current);
    const topics = this.topics(faq.FAQ_TOPICS);
    const shown = faq.FAQ_ENTRIES.filter((entry) => topics.includes(entry.topic) || entry === linked);
    if (linked && !topics.includes(linked.topic)) topics.push(linked.topic);
    // Search results come best first, out of their topics (once the search has loaded).
    const search = this.noSearch || this.query.trim() === '' ? undefined : searchFaq;
    const searching = search !== undefined;
    const matches = search ? search(shown, this.query) : [];
    const open = matches.length <= OPEN_MATCHES;
    // Search handed over with the questions marks nothing until its module has loaded.
    const found = searching ? matchedWords?.(this.query) : undefined;
    return html`${this.noSearch ? this.renderStatus(0, false) : this.renderSearch(matches.length, searching)}
    ${
      searching
        ? html`<div part="matches">${matches.map((entry) => this.renderEntry(entry, open, found))}</div>`
        : topics.map((topic) =>
            this.renderTopic(
              faq.faqTopicTitle(topic),
              topic,
              shown.filter((entry) => entry.topic === topic),
            ),
          )
    }`;
  }

  private renderSearch(count: number, searching: boolean) {
    return html`<div class="search" role="search">
      <label for="query">${msg('Rechercher dans l’aide')}</label>
      <div class="field">
        ${SEARCH_ICON}
        <input
          part="search"
          id="query"
          type="search"
          autocomplete="off"
          placeholder=${msg('Ex. : téléphone perdu, lien expiré')}
          .value=${this.query}
          @focus=${this.prepareSearch}
          @input=${(event: Event) => {
            this.query = (event.target as HTMLInputElement).value;
            this.notice = undefined;
            this.prepareSearch();
            clearTimeout(this.countTimer);
            this.countTimer = setTimeout(() => (this.countedQuery = this.query), COUNT_DELAY);
          }}
        />
      </div>
      ${this.renderStatus(count, searching)}
    </div>`;
  }

  private renderStatus(count: number, searching: boolean) {
    return html`<p part="results" role="status">
      ${
        this.notice
          ? this.notice === 'copied'
            ? msg('Lien copié.')
            : msg('Le lien n’a pas pu être copié : copiez l’adresse de la page, qui mène maintenant à cette réponse.')
          : this.searchFailed && this.query.trim()
            ? msg('L’aide n’a pas pu être chargée. Vérifiez votre accès à Internet, puis rechargez la page.')
            : searching && this.countedQuery === this.query
              ? count === 0
                ? msg('Aucune question ne correspond. Essayez d’autres mots, ou contactez le service client.')
                : count === 1
                  ? msg('1 question correspond.')
                  : msg(str`${count} questions correspondent.`)
              : ''
      }
    </p>`;
  }

  private renderTopic(title: string, topic: FaqTopic, entries: FaqEntry[]) {
    if (entries.length === 0) return nothing;
    const tag = HEADINGS[this.headingLevel] ?? HEADINGS[2];
    return html`<div part="topic" role="group" aria-labelledby=${`topic-${topic}`}>
      ${staticHtml`<${tag} part="topic-title" id=${`topic-${topic}`}>${title}</${tag}>`}
      ${entries.map((entry) => this.renderEntry(entry, false))}
    </div>`;
  }

  private renderEntry(entry: FaqEntry, open: boolean, found?: (text: string) => string[]) {
    // The words found, marked: plain text cut in pieces, never markup.
    const text = (value: string) =>
      found ? found(value).map((piece, index) => (index % 2 ? html`<mark>${piece}</mark>` : piece)) : value;
    const tel = entry.call && telHref(this.phone);
    const copyLabel = msg('Copier le lien vers cette réponse');
    return html`<details id=${`faq-${entry.id}`} ?open=${open || this.hashLinks.current === entry.id}>
      <summary part="question"><span>${text(entry.question())}</span></summary>
      <div part="answer">
        ${entry.answer().map((paragraph) => html`<p>${text(paragraph)}</p>`)}
        <div class="actions">
          ${
            tel
              ? html`<a part="call" href=${tel}
                  >${msg('Appeler le service client')} <span>${this.phone.trim()}</span></a
                >`
              : nothing
          }
          <button
            part="permalink"
            type="button"
            aria-label=${copyLabel}
            title=${copyLabel}
            @click=${() => this.copyLink(entry.id)}
          >
            ${this.copied === entry.id ? COPIED_ICON : LINK_ICON}
          </button>
        </div>
      </div>
    </details>`;
  }
}
