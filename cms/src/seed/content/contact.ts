/*
 * The town's contact data, used by several pages (Bürgerservice, Impressum, Barrierefreiheit,
 * Datenschutz): one place to correct it, so the legal pages never disagree with each other.
 */
export const TOWN = {
  name: 'Stadt Aschersleben',
  street: 'Markt 1',
  postalCode: '06449',
  city: 'Aschersleben',
  phone: '03473 958-0',
  phoneHref: 'tel:+4934739580',
  email: 'stadt@aschersleben.de',
  emailHref: 'mailto:stadt@aschersleben.de',
  barrierEmail: 'barrierefreiheit@aschersleben.de',
  barrierEmailHref: 'mailto:barrierefreiheit@aschersleben.de?subject=Barriere%20melden',
  privacyEmail: 'datenschutz@aschersleben.de',
  privacyEmailHref: 'mailto:datenschutz@aschersleben.de',
  serviceEmail: 'buergerservice@aschersleben.de',
  serviceEmailHref: 'mailto:buergerservice@aschersleben.de',
} as const;
