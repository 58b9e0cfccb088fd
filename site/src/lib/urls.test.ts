import { describe, expect, it } from 'vitest';
import { mediaPath, newsListPath, telHref } from './urls.ts';

describe('urls', () => {
  it('puts news list page 1 at the section address and the others below /seite/', () => {
    expect(newsListPath(1)).toBe('/aktuelles/');
    expect(newsListPath(2)).toBe('/aktuelles/seite/2/');
  });

  it('makes a dialable tel: link from a written phone number', () => {
    expect(telHref('03473 958-0')).toBe('tel:034739580');
    expect(telHref('+49 (3473) 958/100')).toBe('tel:+493473958100');
  });

  it('encodes media file names', () => {
    expect(mediaPath('bild.png')).toBe('/medien/bild.png');
    expect(mediaPath('a b?.png')).toBe('/medien/a%20b%3F.png');
  });
});
