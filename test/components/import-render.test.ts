// Imported datasets render: every file in ../shared/fixtures goes through its importer and into the
// elements, as a newsroom would use them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ConflictTimeline, type EventCard } from '../../src/index.js';
import {
  fromACLED,
  fromTimelineJS,
  fromUCDP,
  type DataIssue,
  type ImportResult,
} from '../../src/core/index.js';
import { sharedFixture } from '../shared-fixtures.js';

const FIXTURES: Array<[string, (text: string) => ImportResult]> = [
  ...[
    'tl2_houston_legacy.json',
    'tl2_republican_EMPTY.json',
    'tl3_all_media_types.json',
    'tl3_cosmo_mixed.json',
    'tl3_cosmological.json',
    'tl3_eras.json',
    'tl3_error_missing_start_date.json',
    'tl3_group_sample.json',
    'tl3_houston.json',
    'tl3_marktwain_location.json',
    'tl3_milliseconds.json',
    'tl3_republican_2012.json',
    'tl3_welcome_groups.json',
    'tl3_years_bce.json',
    'tl_parser_test.csv',
    'tl_sheet_women_in_computing.csv',
    'tl_welcome_slides_variant.json',
  ].map((file): [string, (text: string) => ImportResult] => [`timelinejs/${file}`, fromTimelineJS]),
  ['acled/acled_middle_east_2020-04-27_to_2020-05-09.csv', fromACLED],
  ['acled/acled_legacy_api_2016_africa_500rows.csv', fromACLED],
  ['ucdp/ucdp_ged_syria_2016-2019_subset.csv', fromUCDP],
  ['vis/vis_timeline_basic.json', fromTimelineJS],
];

/** How many cards to render per file: a spread across the dataset keeps the run short. */
const CARDS_PER_FILE = 12;

/** Events drawn: one per marker, a cluster's count per cluster (its label is the formatted count). */
function eventsDrawn(el: ConflictTimeline): { count: number; ids: string[] } {
  const root = el.shadowRoot!;
  const ids = [...root.querySelectorAll<HTMLElement>('[part~="marker"]')].map((m) => m.dataset.eventId ?? '');
  const clustered = [...root.querySelectorAll('[part~="cluster"]')].reduce(
    (n, c) => n + Number(c.textContent!.replace(/\D/g, '')),
    0,
  );
  return { count: ids.length + clustered, ids };
}

describe('imported datasets render', () => {
  for (const [path, importer] of FIXTURES) {
    describe(path, () => {
      it('renders in <conflict-timeline> without an error or a data issue', async function () {
        const { dataset } = importer(await sharedFixture(this, path));
        const issues: DataIssue[] = [];
        const errors: string[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.message);
        window.addEventListener('error', onError);
        try {
          const el = await fixture<ConflictTimeline>(
            html`<conflict-timeline
              style="display:block;width:960px"
              .data=${dataset}
              @ct-data-issues=${(e: CustomEvent<{ issues: DataIssue[] }>) => issues.push(...e.detail.issues)}
            ></conflict-timeline>`,
          );
          await el.updateComplete;
          expect(el).to.be.instanceOf(ConflictTimeline);
          expect(el.shadowRoot!.querySelector('[part~="track"], [part~="message"]')).to.exist;
        } finally {
          window.removeEventListener('error', onError);
        }
        // The importer's dataset is already valid: the element finds nothing more to report.
        expect(issues).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
      });

      it('draws every event once, as a mark or inside a cluster', async function () {
        const { dataset } = importer(await sharedFixture(this, path));
        const el = await fixture<ConflictTimeline>(
          html`<conflict-timeline style="display:block;width:960px" .data=${dataset}></conflict-timeline>`,
        );
        if (dataset.events.length === 0) {
          await waitUntil(() => el.shadowRoot!.querySelector('[part~="message"]'), 'no "no events" message');
          return;
        }
        await waitUntil(() => eventsDrawn(el).count > 0, 'nothing drawn');
        const { count, ids } = eventsDrawn(el);
        expect(count).to.equal(dataset.events.length);
        expect(new Set(ids).size).to.equal(ids.length);
        for (const id of ids) expect(dataset.eventsById.has(id), id).to.equal(true);
      });

      it('renders its events in <event-card>, titles as plain text', async function () {
        const { dataset } = importer(await sharedFixture(this, path));
        const step = Math.max(1, Math.floor(dataset.events.length / CARDS_PER_FILE));
        const sample = dataset.events.filter((_, i) => i % step === 0).slice(0, CARDS_PER_FILE);
        const list = await fixture<HTMLElement>(
          html`<div>
            ${sample.map((event) => html`<event-card compact .event=${event} .data=${dataset}></event-card>`)}
          </div>`,
        );
        // The main entry defines the card on first use, from a chunk of its own.
        await customElements.whenDefined('event-card');
        const cards = [...list.querySelectorAll<EventCard>('event-card')];
        await Promise.all(cards.map((card) => card.updateComplete));
        expect(cards).to.have.length(sample.length);
        cards.forEach((card, i) => {
          const title = card.shadowRoot!.querySelector('[part~="title"]');
          expect(title?.textContent?.trim(), sample[i].id).to.equal(sample[i].title);
          expect(card.shadowRoot!.querySelector('img, script, iframe'), sample[i].id).to.equal(null);
        });
      });
    });
  }
});
