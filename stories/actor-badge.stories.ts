import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import syria from '../data/syria.json';
import type { ActorBadge } from '../src/components/actor-badge/actor-badge.js';
import { actorColor } from '../src/core/palette.js';
import type { Actor, Side } from '../src/core/types.js';

const sides = new Map<string, Side>(syria.sides.map((s) => [s.id, s]));
const actors: Actor[] = syria.actors;

/**
 * The badge as `<event-card>` and the timeline make it: the side's label and colour from the dataset.
 * Attributes rather than the `actor` property, so that "Show code" is HTML that works when pasted.
 */
const badgeFor = (
  actor: Actor,
  options: { toggle?: boolean; pressed?: boolean; size?: string; theme?: string } = {},
) => {
  const side = actor.side ? sides.get(actor.side) : undefined;
  return html`<actor-badge
    name=${actor.name}
    short=${ifDefined(actor.short)}
    actor-id=${actor.id}
    side=${side?.label ?? ''}
    color=${actorColor(actor, sides)}
    ?toggle=${options.toggle}
    ?pressed=${options.pressed}
    size=${ifDefined(options.size)}
    theme=${ifDefined(options.theme)}
  ></actor-badge>`;
};

const wall = (content: unknown) =>
  html`<div style="display:flex;flex-wrap:wrap;gap:8px;align-items:center">${content}</div>`;
const shadow = (el: Element | null | undefined) => (el as ActorBadge).shadowRoot!;

const meta: Meta = {
  title: 'Elements/actor-badge',
  component: 'actor-badge',
  args: {
    name: "Hay'at Tahrir al-Sham",
    short: 'HTS',
    side: 'Jihadist groups',
    color: '#424242',
    'actor-id': 'hts',
    toggle: false,
    pressed: false,
    size: 'medium',
    theme: 'light',
    onToggle: fn(),
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    color: { control: 'color' },
  },
  render: (args) =>
    html`<actor-badge
      name=${args.name}
      short=${args.short}
      side=${args.side}
      color=${args.color}
      actor-id=${args['actor-id']}
      ?toggle=${args.toggle}
      ?pressed=${args.pressed}
      size=${args.size}
      theme=${args.theme}
      @ct-actor-toggle=${args.onToggle}
    ></actor-badge>`,
};
export default meta;

type Story = StoryObj;

/** Every attribute as a control. Switch on `toggle` to get a filter chip. */
export const Playground: Story = {};

/** `small` and `medium` show a colour dot; `large` shows initials and the side. */
export const Sizes: Story = {
  render: () =>
    wall(
      ['small', 'medium', 'large'].map((size) =>
        wall([actors[0], actors[16]].map((actor) => badgeFor(actor, { size }))),
      ),
    ),
};

/**
 * A filter chip: a real `<button aria-pressed>`, keyboard operable (Tab, Enter, Space), firing
 * `ct-actor-toggle` with `{ id, pressed }`. Pressed chips are filled and carry a check mark.
 */
export const Toggle: Story = {
  args: { toggle: true },
  play: async ({ canvasElement, args }) => {
    const badge = canvasElement.querySelector('actor-badge')!;
    const button = shadow(badge).querySelector('button')!;
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'true'));
    await expect(args.onToggle).toHaveBeenCalledTimes(1);
    const event = (args.onToggle as ReturnType<typeof fn>).mock.calls[0][0] as CustomEvent;
    await expect(event.detail).toEqual({ id: 'hts', pressed: true });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'false'));
  },
};

/** Every actor of the Syria sample, coloured by its side, as static badges and as filter chips. */
export const SyriaBadgeWall: Story = {
  render: () => html`
    <h3 style="font:600 14px system-ui;margin:0 0 8px">Static</h3>
    ${wall(actors.map((actor) => badgeFor(actor)))}
    <h3 style="font:600 14px system-ui;margin:16px 0 8px">Filter chips (every third pressed)</h3>
    ${wall(actors.map((actor, i) => badgeFor(actor, { toggle: true, pressed: i % 3 === 0 })))}
    <h3 style="font:600 14px system-ui;margin:16px 0 8px">
      Large, palette colours (the sample gives actors no colour of their own)
    </h3>
    ${wall(actors.map((actor) => badgeFor({ ...actor, side: undefined }, { size: 'large' })))}
  `,
  play: async ({ canvasElement }) => {
    const badges = canvasElement.querySelectorAll('actor-badge');
    await expect(badges.length).toBe(actors.length * 3);
    const labels = Array.from(badges)
      .slice(0, actors.length)
      .map((b) => shadow(b).querySelector('[part~="label"]')?.textContent);
    await expect(labels).toEqual(actors.map((a) => a.short ?? a.name));
  },
};

/** Only a name: the label is the name and the colour comes from the palette. A colour that is not one is ignored. */
export const MissingFields: Story = {
  render: () =>
    wall([
      html`<actor-badge name="Iran"></actor-badge>`,
      html`<actor-badge name="Unknown militia" color="not-a-colour"></actor-badge>`,
      html`<actor-badge name="Turkey" side="Other foreign states"></actor-badge>`,
      html`<actor-badge name="Local council" toggle></actor-badge>`,
    ]),
};

/** Long names are cut with an ellipsis on the chip; the full name stays in the tooltip and the accessible name. */
export const LongNames: Story = {
  render: () =>
    html`<div style="max-width:320px;display:grid;gap:8px">
      <actor-badge
        name="Islamic State of Iraq and the Levant – Wilayat Dimashq (Damascus Province)"
      ></actor-badge>
      <actor-badge
        toggle
        pressed
        name="Kata'ib Sayyid al-Shuhada, Kata'ib Hezbollah and other Iraqi Popular Mobilization Forces"
        short="Iraqi Popular Mobilization Forces and allied militias"
        side="Syrian government and allies"
      ></actor-badge>
      <actor-badge
        size="large"
        name="Hay'at Tahrir al-Sham"
        side="Jihadist groups with a very long side label indeed"
      ></actor-badge>
    </div>`,
};

/** Arabic names in a right-to-left page: the swatch sits at the start (right), punctuation is Arabic. */
export const ArabicRTL: Story = {
  render: () =>
    html`<div lang="ar" dir="rtl">
      ${wall([
        html`<actor-badge name="هيئة تحرير الشام" short="الهيئة" side="جماعات جهادية"></actor-badge>`,
        html`<actor-badge
          name="الجيش السوري"
          side="الحكومة السورية وحلفاؤها"
          color="#b22222"
          toggle
          pressed
        ></actor-badge>`,
        html`<actor-badge name="حزب الله" toggle></actor-badge>`,
        html`<actor-badge name="قوات سوريا الديمقراطية" short="قسد" size="large"></actor-badge>`,
      ])}
    </div>`,
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector('actor-badge')!;
    const base = shadow(badge).querySelector('[part~="base"]')!;
    await expect(getComputedStyle(base).direction).toBe('rtl');
    const swatch = shadow(badge).querySelector('[part~="swatch"]')!.getBoundingClientRect();
    const label = shadow(badge).querySelector('[part~="label"]')!.getBoundingClientRect();
    await expect(swatch.left).toBeGreaterThan(label.left);
  },
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  render: () =>
    html`<div style="background:#0e0f12;padding:16px;border-radius:8px">
      ${wall(actors.slice(0, 12).map((actor, i) => badgeFor(actor, { toggle: i % 2 === 0, pressed: i % 4 === 0, theme: 'dark' })))}
    </div>`,
};

/** Data is text: markup in a name is shown, never parsed. */
export const HostileText: Story = {
  render: () =>
    html`<actor-badge toggle name=${'<img src=x onerror=alert(1)>'} side=${'<b>side</b>'}></actor-badge>`,
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector('actor-badge')!;
    await expect(shadow(badge).querySelector('img')).toBeNull();
    await expect(shadow(badge).querySelector('[part~="label"]')!.textContent).toBe(
      '<img src=x onerror=alert(1)>',
    );
  },
};
