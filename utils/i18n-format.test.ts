import { describe, expect, it } from 'vitest';
import { formatLocaleMessage } from './i18n-format';

describe('formatLocaleMessage', () => {
  it('resolves named placeholders to positional substitutions', () => {
    const entry = { message: '$MIN$ min read', placeholders: { min: { content: '$1' } } };
    expect(formatLocaleMessage(entry, '7')).toBe('7 min read');
    expect(formatLocaleMessage(entry, ['12'])).toBe('12 min read');
  });
  it('returns an empty string for unknown keys and keeps escaped dollars', () => {
    expect(formatLocaleMessage(undefined)).toBe('');
    expect(formatLocaleMessage({ message: 'Costs $$5' })).toBe('Costs $5');
  });
});
