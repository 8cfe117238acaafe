import { expect } from '@open-wc/testing';
import { MESSAGES, categoryLabel, messagesFor, roleLabel, type Messages } from '../../src/core/messages.js';
// The Arabic table, as the package's entries load it.
import '../../src/core/messages-ar.js';

describe('messagesFor', () => {
  it('picks the table by primary language subtag, English otherwise', () => {
    expect(messagesFor('ar').sources).to.equal('المصادر');
    expect(messagesFor('ar-SY').sources).to.equal('المصادر');
    expect(messagesFor('AR_eg').sources).to.equal('المصادر');
    expect(messagesFor('en-GB').sources).to.equal('Sources');
    expect(messagesFor('fr').sources).to.equal('Sources');
    expect(messagesFor(undefined).sources).to.equal('Sources');
    expect(messagesFor('').sources).to.equal('Sources');
  });

  it('fills the values into sentences', () => {
    expect(messagesFor('en').claimedBy('Rebels')).to.equal('Claimed by Rebels; not independently verified');
    expect(messagesFor('ar').claimedBy('الفصائل')).to.contain('الفصائل').and.contain('لم يتسنَّ التحقق');
    expect(messagesFor('en').loadError('the server answered 404')).to.equal(
      'Could not load event: the server answered 404',
    );
    expect(messagesFor('en').noEventWithId('x')).to.equal('no event with id “x”');
  });

  it('lays overrides on top, one string at a time', () => {
    const messages = messagesFor('en', { sources: 'Reports', claimedBy: (who: string) => `${who} says so` });
    expect(messages.sources).to.equal('Reports');
    expect(messages.claimedBy('X')).to.equal('X says so');
    expect(messages.loading).to.equal('Loading…');
    // The shipped table is untouched.
    expect(messagesFor('en').sources).to.equal('Sources');
  });

  it('ignores an override of the wrong type', () => {
    const messages = messagesFor('en', { sources: 5, claimedBy: 'text' } as unknown as Partial<Messages>);
    expect(messages.sources).to.equal('Sources');
    expect(messages.claimedBy('X')).to.equal('Claimed by X; not independently verified');
  });

  it('takes labels for new categories and roles', () => {
    const messages = messagesFor('en', { 'category.raid': 'raid', 'role.negotiator': 'negotiator' });
    expect(categoryLabel(messages, 'raid')).to.equal('raid');
    expect(roleLabel(messages, 'negotiator')).to.equal('negotiator');
  });

  it('never lets overrides from JSON change the prototype or throw', () => {
    const fromJson = JSON.parse('{"__proto__": {"sources": "polluted"}, "loading": "Wait"}');
    const messages = messagesFor('en', fromJson);
    expect(Object.getPrototypeOf(messages)).to.equal(Object.prototype);
    expect(messages.sources).to.equal('Sources');
    expect(messages.loading).to.equal('Wait');
    const hostile = Object.defineProperty({}, 'loading', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(messagesFor('en', hostile).loading).to.equal('Loading…');
  });

  it('counts the killed with the Arabic dual for two', () => {
    const ar = messagesFor('ar');
    expect(ar.killed('2', 'two')).to.equal('2 قتيلان');
    expect(ar.killed('1', 'one')).to.equal('1 قتيل');
    expect(ar.killed('5', 'few')).to.equal('5 قتلى');
  });

  it('ignores overrides that are not an object', () => {
    expect(messagesFor('en', 'x' as unknown as Partial<Messages>).sources).to.equal('Sources');
    expect(messagesFor('en', null).sources).to.equal('Sources');
  });
});

describe('the shipped tables', () => {
  it('have the same keys with the same types in every language', () => {
    const en = MESSAGES.en as unknown as Record<string, unknown>;
    for (const [lang, table] of Object.entries(MESSAGES)) {
      const t = table as unknown as Record<string, unknown>;
      expect(Object.keys(t).sort(), lang).to.deep.equal(Object.keys(en).sort());
      for (const key of Object.keys(en)) expect(typeof t[key], `${lang} ${key}`).to.equal(typeof en[key]);
    }
  });

  it('label every category and role of the Syria sample', async () => {
    const syria = (await import('../../data/syria.json')).default;
    const categories = new Set(syria.events.map((e) => e.category).filter(Boolean) as string[]);
    const roles = new Set(
      syria.events.flatMap((e) => (e.actors ?? []).map((a) => (typeof a === 'string' ? '' : (a.role ?? '')))),
    );
    roles.delete('');
    for (const lang of ['en', 'ar']) {
      const messages = messagesFor(lang);
      for (const c of categories)
        expect(Object.hasOwn(messages, `category.${c}`), `${lang} category ${c}`).to.equal(true);
      for (const r of roles) expect(Object.hasOwn(messages, `role.${r}`), `${lang} role ${r}`).to.equal(true);
    }
  });
});

describe('categoryLabel and roleLabel', () => {
  it('translate known ids and show unknown ones as written', () => {
    expect(categoryLabel(messagesFor('en'), 'airstrike')).to.equal('air strike');
    expect(categoryLabel(messagesFor('ar'), 'airstrike')).to.equal('غارة جوية');
    expect(categoryLabel(messagesFor('en'), 'Airstrike')).to.equal('air strike');
    expect(categoryLabel(messagesFor('en'), 'riot')).to.equal('riot');
    expect(roleLabel(messagesFor('ar'), 'attacker')).to.equal('مهاجِم');
    expect(roleLabel(messagesFor('en'), 'spokesman')).to.equal('spokesman');
  });

  it('do not find Object.prototype members', () => {
    expect(categoryLabel(messagesFor('en'), 'constructor')).to.equal('constructor');
    expect(roleLabel(messagesFor('en'), '__proto__')).to.equal('__proto__');
  });
});
