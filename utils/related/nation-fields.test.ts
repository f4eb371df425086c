import { describe, expect, it } from 'vitest';
import { nationRecordFields } from './nation-fields';

describe('nationRecordFields', () => {
  it('gives the extract CLI its nations field from an article', () => {
    const fields = nationRecordFields({
      title: 'Armenian cinema and the diaspora',
      section: 'National cinemas',
      description: 'How Armenian filmmakers abroad keep a national cinema alive.',
      text: 'Directors in Yerevan and Los Angeles share crews. One film was co-financed from France.',
      lang: 'en',
    });
    expect(fields).toEqual({ nations: { about: ['AM'], mentioned: ['FR'] } });
  });
});
