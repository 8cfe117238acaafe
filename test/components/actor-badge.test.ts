import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/actor-badge/define.js';
import type { ActorBadge } from '../../src/components/actor-badge/actor-badge.js';
import { formatItems } from '../../src/core/format.js';
import {
  DEFAULT_PALETTE,
  SIDE_SHAPES,
  colorFor,
  contrastRatio,
  readableTextOn,
} from '../../src/core/palette.js';
import { SWATCH_SHAPE_PATHS } from '../../src/internal/swatch-shapes.js';
import { ActorBadgeToggleEvent } from '../../src/events/actor-badge-toggle.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

const part = (el: ActorBadge, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const base = (el: ActorBadge) => part(el, 'base')!;
/** What assistive technology reads: the visually hidden text (the visible face is aria-hidden). */
const spoken = (el: ActorBadge) => el.shadowRoot!.querySelector('.visually-hidden')?.textContent?.trim();
const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe('<actor-badge>', () => {
  describe('static', () => {
    it('shows the short name, and gives the full name and side as accessible name and tooltip', async () => {
      const el = await fixture<ActorBadge>(
        html`<actor-badge name="Hay'at Tahrir al-Sham" short="HTS" side="Jihadist groups"></actor-badge>`,
      );
      expect(part(el, 'label')!.textContent).to.equal('HTS');
      expect(part(el, 'side')!.textContent).to.equal('Jihadist groups');
      expect(spoken(el)).to.equal("Hay'at Tahrir al-Sham, Jihadist groups");
      expect(el.shadowRoot!.querySelector('.face')!.getAttribute('title')).to.equal(
        "Hay'at Tahrir al-Sham, Jihadist groups",
      );
      expect(el.shadowRoot!.querySelector('.face')!.getAttribute('aria-hidden')).to.equal('true');
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is text, not a control: nothing in it takes focus', async () => {
      const el = await fixture<ActorBadge>(html`<actor-badge name="Iran"></actor-badge>`);
      expect(base(el).tagName).to.equal('SPAN');
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });

    it("never shows a dataset actor's side id as its side", async () => {
      const actor = { id: 'hts', name: "Hay'at Tahrir al-Sham", side: 'jihadist' };
      const el = await fixture<ActorBadge>(html`<actor-badge .actor=${actor} size="large"></actor-badge>`);
      expect(part(el, 'side')?.textContent ?? '').not.to.contain('jihadist');
      expect(el.shadowRoot!.innerHTML).not.to.contain('jihadist');
    });

    it('takes an actor object; attributes win over its fields', async () => {
      const actor = {
        id: 'hts',
        name: "Hay'at Tahrir al-Sham",
        short: 'HTS',
        side: 'jihadist',
        color: '#424242',
      };
      const el = await fixture<ActorBadge>(
        html`<actor-badge .actor=${actor} side="Jihadist groups"></actor-badge>`,
      );
      expect(part(el, 'label')!.textContent).to.equal('HTS');
      expect(part(el, 'side')!.textContent).to.equal('Jihadist groups');
      expect(getComputedStyle(part(el, 'swatch')!).backgroundColor).to.equal(rgb('#424242'));
      el.short = 'Tahrir';
      await el.updateComplete;
      expect(part(el, 'label')!.textContent).to.equal('Tahrir');
    });

    it('shows the name when there is no short name, without repeating it', async () => {
      const el = await fixture<ActorBadge>(html`<actor-badge name="Iran"></actor-badge>`);
      expect(part(el, 'label')!.textContent).to.equal('Iran');
      expect(spoken(el)).to.equal('Iran');
      expect(part(el, 'side')).to.equal(null);
    });

    it('renders nothing without a name', async () => {
      const el = await fixture<ActorBadge>(html`<actor-badge></actor-badge>`);
      expect(base(el)).to.equal(null);
      expect(el.getBoundingClientRect().width).to.equal(0);
    });

    it('punctuates the accessible name in the inherited language', async () => {
      const wrapper = await fixture(
        html`<div lang="ar"><actor-badge name="حزب الله" side="الحكومة وحلفاؤها"></actor-badge></div>`,
      );
      const el = wrapper.querySelector('actor-badge')!;
      await el.updateComplete;
      expect(spoken(el)).to.equal(formatItems(['حزب الله', 'الحكومة وحلفاؤها'], 'ar'));
    });

    it('punctuates in the new language when an ancestor’s lang changes after it was drawn', async () => {
      const names = ['حزب الله', 'الحكومة وحلفاؤها'];
      const wrapper = await fixture(
        html`<div lang="en"><actor-badge name=${names[0]} side=${names[1]}></actor-badge></div>`,
      );
      const el = wrapper.querySelector('actor-badge')!;
      await el.updateComplete;
      expect(spoken(el)).to.equal(formatItems(names, 'en'));
      expect(formatItems(names, 'en')).not.to.equal(formatItems(names, 'ar'));
      wrapper.setAttribute('lang', 'ar');
      await waitUntil(() => spoken(el) === formatItems(names, 'ar'), 'the name follows the page');
    });
  });

  describe('colour', () => {
    it('uses a valid colour from the data, made opaque', async () => {
      const el = await fixture<ActorBadge>(
        html`<actor-badge name="A" color="rgb(178 34 34 / 50%)"></actor-badge>`,
      );
      expect(getComputedStyle(part(el, 'swatch')!).backgroundColor).to.equal(rgb('#b22222'));
    });

    it('takes a stable palette colour when there is none, picked by the id', async () => {
      const el = await fixture<ActorBadge>(
        html`<actor-badge name="Syrian Army" actor-id="syrian-army"></actor-badge>`,
      );
      const expected = colorFor('syrian-army');
      expect(DEFAULT_PALETTE).to.include(expected);
      expect(getComputedStyle(part(el, 'swatch')!).backgroundColor).to.equal(rgb(expected));
    });

    it('refuses what is not a colour (no CSS injection) and warns once', async () => {
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await fixture<ActorBadge>(
          html`<actor-badge
            name="X"
            actor-id="x"
            color="red; background-image: url(https://evil.example/)"
          ></actor-badge>`,
        );
        el.short = 'XX';
        await el.updateComplete;
        const style = getComputedStyle(part(el, 'swatch')!);
        expect(style.backgroundColor).to.equal(rgb(colorFor('x')));
        expect(style.backgroundImage).to.equal('none');
        expect(base(el).getAttribute('style')).not.to.contain('url');
        expect(warnings).to.have.length(1);
        expect(String(warnings[0])).to.contain('is not a CSS colour');
      } finally {
        console.warn = warn;
      }
    });

    it('writes initials on the swatch in the label colour with at least 4.5:1 (large)', async () => {
      for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) {
        const el = await fixture<ActorBadge>(
          html`<actor-badge name="Syrian Army" actor-id=${id} size="large"></actor-badge>`,
        );
        const swatch = part(el, 'swatch')!;
        expect(swatch.textContent!.trim()).to.equal('SA');
        const color = colorFor(id);
        expect(getComputedStyle(swatch).color).to.equal(rgb(readableTextOn(color)));
        expect(contrastRatio(color, readableTextOn(color))).to.be.at.least(4.5);
      }
    });
  });

  describe('sizes', () => {
    it('shows initials and the side only at large', async () => {
      const large = await fixture<ActorBadge>(
        html`<actor-badge name="Syrian Army" side="Government" size="large"></actor-badge>`,
      );
      const medium = await fixture<ActorBadge>(
        html`<actor-badge name="Syrian Army" side="Government"></actor-badge>`,
      );
      const small = await fixture<ActorBadge>(
        html`<actor-badge name="Syrian Army" side="Government" size="small"></actor-badge>`,
      );
      expect(part(large, 'swatch')!.textContent!.trim()).to.equal('SA');
      expect(part(medium, 'swatch')!.textContent!.trim()).to.equal('');
      expect(getComputedStyle(part(large, 'side')!).display).not.to.equal('none');
      expect(getComputedStyle(part(medium, 'side')!).display).to.equal('none');
      // The side stays in the accessible name when it is not shown.
      expect(spoken(medium)).to.contain('Government');
      const heights = [small, medium, large].map((el) => el.getBoundingClientRect().height);
      expect(heights[0]).to.be.below(heights[1]);
      expect(heights[1]).to.be.below(heights[2]);
      expect(medium.getAttribute('size')).to.equal('medium');
      for (const el of [small, medium, large]) await expect(el).to.be.accessible();
    });
  });

  describe('side without colour', () => {
    const shapeOf = (el: ActorBadge) => part(el, 'swatch')!.getAttribute('data-shape');

    it("draws the side's shape, filled with the colour and ringed, instead of the dot", async () => {
      for (const shape of SIDE_SHAPES) {
        const el = await fixture<ActorBadge>(
          html`<actor-badge
            name="Syrian Army"
            side="Government"
            color="#fadd08"
            shape=${shape}
          ></actor-badge>`,
        );
        const path = part(el, 'swatch')!.querySelector('path')!;
        expect(shapeOf(el), shape).to.equal(shape);
        expect(path.getAttribute('d'), shape).to.equal(
          SWATCH_SHAPE_PATHS[shape as keyof typeof SWATCH_SHAPE_PATHS],
        );
        expect(getComputedStyle(path).fill, shape).to.equal(rgb('#fadd08'));
        expect(getComputedStyle(path).stroke, shape).not.to.equal('none');
        // The swatch is the shape: no round coloured box behind it.
        expect(getComputedStyle(part(el, 'swatch')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
        expect(spoken(el)).to.equal('Syrian Army, Government');
        await expect(el).to.be.accessible();
      }
    });

    it('draws the dot for no shape, an unknown one, and at the large size (which writes the side out)', async () => {
      for (const template of [
        html`<actor-badge name="Iran" color="#1c51a9"></actor-badge>`,
        html`<actor-badge name="Iran" color="#1c51a9" shape=${'hexagon<script>'}></actor-badge>`,
        html`<actor-badge name="Iran" color="#1c51a9" side="Allies" shape="star" size="large"></actor-badge>`,
      ]) {
        const el = await fixture<ActorBadge>(template);
        expect(shapeOf(el)).to.equal(null);
        expect(part(el, 'swatch')!.querySelector('svg')).to.equal(null);
        expect(getComputedStyle(part(el, 'swatch')!).backgroundColor).to.equal(rgb('#1c51a9'));
      }
    });

    it('inverts the shape with the chip when a toggle is pressed', async () => {
      const el = await fixture<ActorBadge>(
        html`<actor-badge
          toggle
          pressed
          name="HTS"
          side="Jihadist groups"
          color="#252025"
          shape="diamond"
        ></actor-badge>`,
      );
      const path = part(el, 'swatch')!.querySelector('path')!;
      expect(getComputedStyle(path).fill).to.equal(rgb(readableTextOn('#252025')));
      expect(getComputedStyle(base(el)).backgroundColor).to.equal(rgb('#252025'));
      await expect(el).to.be.accessible();
    });

    it('writes the side out at every size with show-side, and stays one line', async () => {
      for (const size of ['small', 'medium'] as const) {
        const el = await fixture<ActorBadge>(
          html`<actor-badge
            name="Syrian Army"
            side="Syrian government and allies"
            size=${size}
            show-side
          ></actor-badge>`,
        );
        expect(getComputedStyle(part(el, 'side')!).display, size).not.to.equal('none');
        expect(part(el, 'side')!.textContent).to.equal('Syrian government and allies');
        // Said once: the visible face is hidden from assistive technology, the name carries the side.
        expect(spoken(el)).to.equal('Syrian Army, Syrian government and allies');
        await expect(el).to.be.accessible();
      }
      const narrow = await fixture<ActorBadge>(
        html`<div style="inline-size: 10rem">
          <actor-badge name="Syrian Army" side="Syrian government and allies" show-side></actor-badge>
        </div>`,
      );
      const badge = narrow.querySelector('actor-badge')!;
      const label = part(badge, 'label')!;
      // The side gives way before the name.
      expect(label.scrollWidth).to.be.at.most(label.clientWidth + 1);
      expect(badge.getBoundingClientRect().width).to.be.at.most(160.5);
      expect(base(badge).getBoundingClientRect().height).to.be.below(40);
    });
  });

  describe('toggle', () => {
    it('is a real button with aria-pressed, named by the visible label first', async () => {
      const el = await fixture<ActorBadge>(
        html`<actor-badge
          toggle
          name="Hay'at Tahrir al-Sham"
          short="HTS"
          side="Jihadist groups"
        ></actor-badge>`,
      );
      const button = base(el);
      expect(button.tagName).to.equal('BUTTON');
      expect(button.getAttribute('type')).to.equal('button');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(spoken(el)).to.equal("HTS, Hay'at Tahrir al-Sham, Jihadist groups");
      await expect(el).to.be.accessible();
    });

    it('toggles on click and fires ct-actor-toggle with the id and new state', async () => {
      const el = await fixture<ActorBadge>(
        html`<actor-badge toggle name="Syrian Army" actor-id="syrian-army"></actor-badge>`,
      );
      const bubbled: ActorBadgeToggleEvent[] = [];
      document.body.addEventListener('ct-actor-toggle', (e) => bubbled.push(e), { once: true });
      setTimeout(() => base(el).click());
      const event = await oneEvent(el, 'ct-actor-toggle');
      expect(event).to.be.instanceOf(ActorBadgeToggleEvent);
      expect(event.detail).to.deep.equal({ id: 'syrian-army', pressed: true });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(bubbled).to.have.length(1);
      expect(el.pressed).to.equal(true);
      await el.updateComplete;
      expect(el.hasAttribute('pressed')).to.equal(true);
      expect(base(el).getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();

      setTimeout(() => base(el).click());
      const second = await oneEvent(el, 'ct-actor-toggle');
      expect(second.detail).to.deep.equal({ id: 'syrian-army', pressed: false });
    });

    it('toggles with Enter and Space from the keyboard', async () => {
      const el = await fixture<ActorBadge>(html`<actor-badge toggle name="Iran"></actor-badge>`);
      const states: boolean[] = [];
      el.addEventListener('ct-actor-toggle', (e) => states.push(e.detail.pressed));
      el.focus(); // delegatesFocus: the inner button takes it
      expect(el.shadowRoot!.activeElement).to.equal(base(el));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.pressed).to.equal(true);
      // ' ' is Space in every engine's driver (Firefox's WebDriver BiDi does not know the name "Space").
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.pressed).to.equal(false);
      expect(states).to.deep.equal([true, false]);
    });

    it('is reached with Tab', async () => {
      const wrapper = await fixture(
        html`<div><button>before</button><actor-badge toggle name="Iran"></actor-badge></div>`,
      );
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const el = wrapper.querySelector('actor-badge')!;
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(base(el));
    });

    it('does not fire when a script sets pressed', async () => {
      const el = await fixture<ActorBadge>(html`<actor-badge toggle name="Iran"></actor-badge>`);
      let fired = 0;
      el.addEventListener('ct-actor-toggle', () => fired++);
      el.pressed = true;
      await el.updateComplete;
      expect(base(el).getAttribute('aria-pressed')).to.equal('true');
      expect(fired).to.equal(0);
    });

    it('shows the pressed state by more than colour: a check mark', async () => {
      const el = await fixture<ActorBadge>(html`<actor-badge toggle name="Iran"></actor-badge>`);
      expect(getComputedStyle(part(el, 'check')!).display).to.equal('none');
      el.pressed = true;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'check')!).display).not.to.equal('none');
      expect(getComputedStyle(base(el)).backgroundColor).to.equal(rgb(colorFor('Iran')));
    });

    it('keeps the swatch and the pressed state in forced-colours mode (the stylesheet’s rules)', async () => {
      const el = await fixture<ActorBadge>(html`<actor-badge toggle name="Iran"></actor-badge>`);
      const rules = el.shadowRoot!.adoptedStyleSheets.length
        ? el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules))
        : Array.from(el.shadowRoot!.querySelectorAll('style')).flatMap((s) => Array.from(s.sheet!.cssRules));
      const forced = rules.find(
        (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors'),
      );
      expect(forced, 'a @media (forced-colors: active) block').to.exist;
      const text = Array.from(forced!.cssRules, (r) => r.cssText).join('\n');
      if (CSS.supports('forced-color-adjust', 'none')) {
        expect(text).to.match(/\.swatch\s*\{[^}]*forced-color-adjust:\s*none/);
      } else {
        // WebKitGTK has no forced-colours mode and drops the property it does not know from the CSSOM.
        console.log('forced-color-adjust not checked: this engine does not support it');
        expect(text).to.match(/\.swatch\s*\{[^}]*border-color:\s*canvastext/i);
      }
      expect(text).to.match(/aria-pressed="true"\]\s*\{[^}]*background(-color)?:\s*highlight/i);
    });
  });

  describe('theme and direction', () => {
    it('uses the dark tokens with theme="dark"', async () => {
      const el = await fixture<ActorBadge>(html`<actor-badge theme="dark" name="Iran"></actor-badge>`);
      expect(getComputedStyle(base(el)).backgroundColor).to.equal(rgb('#16181c'));
      expect(getComputedStyle(base(el)).color).to.equal(rgb('#eceef1'));
      await expect(el).to.be.accessible();
    });

    it('lets the page restyle it through --ct-* tokens and ::part', async () => {
      const wrapper = await fixture(
        html`<div>
          <style>
            .themed {
              --ct-color-bg: #000000;
            }
            .themed::part(label) {
              text-decoration: underline;
            }
          </style>
          <actor-badge class="themed" name="Iran"></actor-badge>
        </div>`,
      );
      const el = wrapper.querySelector('actor-badge')!;
      await el.updateComplete;
      expect(getComputedStyle(base(el)).backgroundColor).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(part(el, 'label')!).textDecorationLine).to.equal('underline');
    });

    it('mirrors in a right-to-left context: the swatch comes first on the right', async () => {
      const wrapper = await fixture(
        html`<div dir="rtl" lang="ar"><actor-badge toggle name="حزب الله"></actor-badge></div>`,
      );
      const el = wrapper.querySelector('actor-badge')!;
      await el.updateComplete;
      expect(getComputedStyle(base(el)).direction).to.equal('rtl');
      const swatch = part(el, 'swatch')!.getBoundingClientRect();
      const label = part(el, 'label')!.getBoundingClientRect();
      expect(swatch.left).to.be.greaterThan(label.left);
      await expect(el).to.be.accessible();
    });

    it('puts the swatch on the left in a left-to-right context', async () => {
      const el = await fixture<ActorBadge>(html`<actor-badge name="Iran"></actor-badge>`);
      expect(part(el, 'swatch')!.getBoundingClientRect().left).to.be.lessThan(
        part(el, 'label')!.getBoundingClientRect().left,
      );
    });
  });

  describe('hostile text', () => {
    it('shows markup in names as text and creates no element from it', async () => {
      const el = await fixture<ActorBadge>(
        html`<actor-badge toggle name=${HOSTILE} short=${HOSTILE} side=${HOSTILE}></actor-badge>`,
      );
      expect(part(el, 'label')!.textContent).to.equal(HOSTILE);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(spoken(el)).to.contain(HOSTILE);
    });
  });
});
