import { describe, expect, it } from 'vitest';
import { fakeSummarizer } from './fake-summarizer';
import { FRENCH_FILM } from './fixtures';
import {
  baseLanguage,
  createSummarizers,
  destroySummarizers,
  onDeviceAvailability,
  parseKeyPoints,
  summarizeOnDevice,
  summarizerOptions,
} from './on-device';
import { findSummarizerApi } from './summarizer-api';

const activeNow = () => true;

describe('finding the API', () => {
  it('finds a Summarizer global and nothing elsewhere', () => {
    const api = fakeSummarizer();
    expect(findSummarizerApi({ Summarizer: api })).toBe(api);
    expect(findSummarizerApi({})).toBeNull();
    expect(findSummarizerApi({ Summarizer: { availability: 1 } })).toBeNull();
  });
});

describe('options and availability', () => {
  it('asks for plain text in the article’s base language', () => {
    expect(baseLanguage('fr-CA')).toBe('fr');
    expect(baseLanguage('pt_BR')).toBe('pt');
    expect(baseLanguage(null)).toBeNull();
    expect(summarizerOptions('key-points', 'medium', 'es-AR')).toMatchObject({
      type: 'key-points',
      format: 'plain-text',
      length: 'medium',
      expectedInputLanguages: ['es'],
      outputLanguage: 'es',
      expectedContextLanguages: ['en', 'es'],
    });
    expect(summarizerOptions('tldr', 'short', null)).not.toHaveProperty('outputLanguage');
  });

  it.each(['unavailable', 'downloadable', 'downloading', 'available'] as const)('reports %s', async (state) => {
    expect(await onDeviceAvailability(fakeSummarizer({ availability: state }), 'en', 3)).toBe(state);
  });

  it('reports the less ready of the two summarizers, and unavailable when the check throws', async () => {
    const mixed = fakeSummarizer({ availability: (o) => (o?.type === 'tldr' ? 'downloadable' : 'available') });
    expect(await onDeviceAvailability(mixed, 'en', 3)).toBe('downloadable');
    const broken = { ...fakeSummarizer(), availability: () => Promise.reject(new Error('no')) };
    expect(await onDeviceAvailability(broken, 'en', 3)).toBe('unavailable');
  });

  it('is unavailable for a language the model does not speak', async () => {
    const api = fakeSummarizer({ availability: (o) => (o?.outputLanguage === 'fr' ? 'unavailable' : 'available') });
    expect(await onDeviceAvailability(api, 'fr', 3)).toBe('unavailable');
    expect(await onDeviceAvailability(api, 'es', 3)).toBe('available');
  });
});

describe('creating summarizers', () => {
  it('reports download progress as a fraction', async () => {
    const api = fakeSummarizer({ availability: 'downloadable', isActive: activeNow, progress: [0, 0.25, 1] });
    const seen: number[] = [];
    const s = await createSummarizers(api, 'en', 3, (f) => seen.push(f));
    expect(seen).toEqual([0, 0.25, 1]);
    expect(api.created.map((o) => o.type)).toEqual(['key-points', 'tldr']);
    destroySummarizers(s);
    expect(api.destroyed).toBe(2);
  });

  it('needs a user gesture to download, and calls create() before returning so a click handler keeps it', async () => {
    let active = false;
    const api = fakeSummarizer({ availability: 'downloadable', isActive: () => active });
    await expect(createSummarizers(api, 'en', 3)).rejects.toMatchObject({ name: 'NotAllowedError' });

    active = true;
    const inClick = createSummarizers(api, 'en', 3);
    active = false; // the gesture is over once the handler returns
    await expect(inClick).resolves.toBeTruthy();

    // Awaiting anything before create() loses the gesture.
    active = true;
    const late = (async () => {
      await Promise.resolve();
      active = false;
      return createSummarizers(api, 'en', 3);
    })();
    await expect(late).rejects.toMatchObject({ name: 'NotAllowedError' });
  });

  it('needs no gesture when the model is already there', async () => {
    await expect(createSummarizers(fakeSummarizer({ availability: 'available' }), 'en', 3)).resolves.toBeTruthy();
  });

  it('fails as a whole and frees what it made when one create() fails', async () => {
    const api = fakeSummarizer({ fail: 'create' });
    await expect(createSummarizers(api, 'en', 3)).rejects.toMatchObject({ name: 'OperationError' });
  });
});

describe('summarising', () => {
  it('parses plain-text key points whatever the bullets', () => {
    expect(parseKeyPoints('* One point.\n- Two **points**.\n\n3. Three.\n• Four.\n  Five.\nSix.')).toEqual([
      'One point.',
      'Two points.',
      'Three.',
      'Four.',
      'Five.',
    ]);
  });

  it('summarises a body that fits in one call per summarizer, in the article’s language', async () => {
    const api = fakeSummarizer();
    const s = await createSummarizers(api, 'fr', 3);
    const summary = await summarizeOnDevice(s, { text: FRENCH_FILM.text, lang: 'fr', title: FRENCH_FILM.title });
    expect(summary.source).toBe('on-device');
    expect(summary.lang).toBe('fr');
    expect(summary.points.length).toBeGreaterThan(0);
    expect(summary.tldr).toMatch(/^Le cinéma québécois/);
    expect(api.summarized.map((c) => c.type)).toEqual(['key-points', 'tldr']);
  });

  it('summarises a body over the input quota section by section, then the section summaries', async () => {
    const api = fakeSummarizer({ inputQuota: 120 });
    const s = await createSummarizers(api, 'fr', 3);
    const summary = await summarizeOnDevice(s, { text: FRENCH_FILM.text, lang: 'fr', title: FRENCH_FILM.title });
    const sections = api.summarized.filter((c) => c.context?.startsWith('Section'));
    expect(sections.length).toBeGreaterThan(1);
    for (const call of api.summarized) expect(call.input.split(/\s+/).length).toBeLessThanOrEqual(120);
    // The final calls summarise the joined section summaries, not the body.
    const final = api.summarized.slice(-2);
    expect(final.map((c) => c.type)).toEqual(['key-points', 'tldr']);
    for (const call of api.summarized) expect(call.input).not.toMatch(/Publicité|Abonnez-vous|Photo :/);
    expect(summary.points.length).toBeGreaterThan(0);
  });

  it('throws when the model fails, so the caller keeps its own summary', async () => {
    const s = await createSummarizers(fakeSummarizer({ fail: 'summarize' }), 'en', 3);
    await expect(summarizeOnDevice(s, { text: FRENCH_FILM.text, lang: 'fr' })).rejects.toBeTruthy();
  });

  it('gives up on a body that cannot be reduced to the quota', async () => {
    const s = await createSummarizers(fakeSummarizer({ inputQuota: 12 }), 'en', 3);
    await expect(summarizeOnDevice(s, { text: FRENCH_FILM.text, lang: 'fr', title: FRENCH_FILM.title })).rejects.toBeTruthy();
  });
});
