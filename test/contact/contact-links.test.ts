import { expect } from '@open-wc/testing';
import { mailtoHref, safeHttpHref, telHref } from '../../src/contact/contact-links.js';

describe('telHref', () => {
  it('keeps digits and a leading plus, dropping the usual separators', () => {
    expect(telHref('+33 1 23 45 67 89')).to.equal('tel:+33123456789');
    expect(telHref('01.23.45.67.89')).to.equal('tel:0123456789');
    expect(telHref('(01) 23-45-67-89')).to.equal('tel:0123456789');
    expect(telHref('01\u00a023\u202f45 67 89')).to.equal('tel:0123456789');
    expect(telHref('3639')).to.equal('tel:3639');
  });

  for (const bad of [
    undefined,
    '',
    'call us',
    '123',
    '+33 1 23 45 67 89 00 00 00 00',
    '01 23 + 45',
    'javascript:alert(1)',
    '01;ext=2',
  ]) {
    it(`refuses ${JSON.stringify(bad)}`, () => expect(telHref(bad)).to.equal(undefined));
  }
});

describe('mailtoHref', () => {
  it('accepts plain addresses', () => {
    expect(mailtoHref(' service.client@bakertilly.fr ')).to.equal('mailto:service.client@bakertilly.fr');
    expect(mailtoHref("o'neil+aide@sub.example-domain.com")).to.equal("mailto:o'neil+aide@sub.example-domain.com");
  });

  for (const bad of [
    undefined,
    '',
    'service-client',
    'a@b',
    'a@@b.fr',
    'a@b.fr?bcc=attacker@evil.fr',
    'a@b.fr&subject=x',
    'a%40b@b.fr',
    'a b@b.fr',
    'a@-b.fr',
    'javascript:alert(1)//@b.fr',
  ]) {
    it(`refuses ${JSON.stringify(bad)}`, () => expect(mailtoHref(bad)).to.equal(undefined));
  }
});

describe('safeHttpHref', () => {
  const base = 'https://portail.example.fr/aide/';

  it('accepts https URLs and resolves relative ones against the page', () => {
    expect(safeHttpHref('https://www.bakertilly.fr/contact', base)).to.equal('https://www.bakertilly.fr/contact');
    expect(safeHttpHref('contact', base)).to.equal('https://portail.example.fr/aide/contact');
  });

  it('accepts http on loopback only', () => {
    expect(safeHttpHref('http://localhost:5173/contact', base)).to.equal('http://localhost:5173/contact');
    expect(safeHttpHref('http://127.0.0.1/x', base)).to.equal('http://127.0.0.1/x');
    expect(safeHttpHref('http://www.bakertilly.fr/', base)).to.equal(undefined);
  });

  for (const bad of [
    undefined,
    '',
    '  ',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'https://user:pw@evil.fr/',
    'http://[',
    'mailto:a@b.fr',
  ]) {
    it(`refuses ${JSON.stringify(bad)}`, () => expect(safeHttpHref(bad, base)).to.equal(undefined));
  }
});
