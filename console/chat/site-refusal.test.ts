import { describe, expect, it } from 'vitest';
import { fieldOfRefusal } from './site-refusal.js';

describe('fieldOfRefusal', () => {
  it('puts a taken id on the id field', () => {
    expect(fieldOfRefusal('site_exists', 'A site with that id already exists.')).toBe('id');
  });

  it('finds the property an invalid payload names', () => {
    expect(fieldOfRefusal('invalid_payload', 'allowedOrigins: expected an origin')).toBe('allowedOrigins');
    expect(fieldOfRefusal('invalid_payload', 'branding.accentTextColor: expected #rrggbb')).toBe(
      'accentTextColor',
    );
    expect(fieldOfRefusal('invalid_payload', 'bot.url: expected an http(s) URL')).toBe('botUrl');
    expect(fieldOfRefusal('invalid_payload', 'bot.secret: at least 32 characters')).toBe('botSecret');
    expect(fieldOfRefusal('invalid_payload', 'Invalid id: expected lowercase letters')).toBe('id');
  });

  it('leaves other refusals to the form as a whole', () => {
    expect(fieldOfRefusal('invalid_payload', 'Expected an object.')).toBeNull();
    expect(fieldOfRefusal('forbidden', 'Only admins can manage sites; name')).toBeNull();
  });
});
