import { expect } from '@open-wc/testing';
import * as api from '../src/index.js';

describe('the public API entry', () => {
  it('exports the element classes and helpers', () => {
    expect(api.BtLostPhoneCard).to.be.a('function');
    expect(api.setLocale).to.be.a('function');
    expect(api.parseOpeningHours).to.be.a('function');
  });

  it('registers no element on import', () => {
    expect(customElements.get('bt-lost-phone-card')).to.equal(undefined);
  });
});

describe('the define entry', () => {
  it('registers every element, and importing it twice does not throw', async () => {
    await import('../src/define.js');
    await import('../src/components/lost-phone-card/define.js');
    expect(customElements.get('bt-lost-phone-card')).to.equal(api.BtLostPhoneCard);
  });
});
