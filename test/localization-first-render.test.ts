import './helpers/english-page.js';
import { expect, fixture, html } from '@open-wc/testing';
import { BtLostPhoneCard } from '../src/components/lost-phone-card/lost-phone-card.js';
import { getDateStyle } from '../src/localization.js';
import { textOf } from './helpers/shadow.js';

/** Keeps what its first render showed. */
class FirstRenderProbe extends BtLostPhoneCard {
  firstText?: string;
  protected override firstUpdated(): void {
    this.firstText = textOf(this.shadowRoot);
  }
}
customElements.define('first-render-probe', FirstRenderProbe);

// This file runs in its own page, English before any element connects: the English strings are
// still on their way when the first element renders.
describe('an English page', () => {
  it('is English at the first render of an element, never French first', async () => {
    const el = await fixture<FirstRenderProbe>(html`<first-render-probe email="a@b.fr"></first-render-probe>`);
    expect(el.firstText).to.contain('Lost or stolen phone?');
    expect(el.firstText).not.to.contain('Téléphone');
  });

  it('writes dates the British way for en-GB', () => {
    expect(getDateStyle()).to.equal('en-GB');
  });
});
