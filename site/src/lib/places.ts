import {
  PLACE_CATEGORIES,
  PLACE_CATEGORY_KEYS,
  PUBLICATION_CATEGORIES,
  TOURIST_CATEGORIES,
  type Place,
  type PlaceCategory,
  type Publication,
  type PublicationCategory,
} from '@stadtportal/shared';
import { mediaPath, placePath } from './urls.ts';

/*
 * Places and publications as the pages show them: grouped, linked out to map applications, and
 * described for search engines (schema.org). Pure functions of the snapshot's data.
 */

export interface PlaceGroup {
  category: PlaceCategory;
  /** Heading of the group („Sehenswürdigkeiten“). */
  label: string;
  places: readonly Place[];
}

/** Places by category, in the order of PLACE_CATEGORIES; empty categories left out; within a group as given. */
export function placesByCategory(places: readonly Place[]): PlaceGroup[] {
  return PLACE_CATEGORY_KEYS.map((category) => ({
    category,
    label: PLACE_CATEGORIES[category].many,
    places: places.filter((p) => p.category === category),
  })).filter((g) => g.places.length > 0);
}

/** Coordinates with at most six decimals (≈ 10 cm): enough, and stable in URLs. */
const coord = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/**
 * A `geo:` URI (RFC 5870): phones open it in the map application the visitor chose. The label
 * in `q=` is understood by Android map apps and ignored by others.
 */
export function geoHref(place: Pick<Place, 'coordinates' | 'name'>): string {
  const { lat, lon } = place.coordinates;
  return `geo:${coord(lat)},${coord(lon)}?q=${coord(lat)},${coord(lon)}(${encodeURIComponent(place.name)})`;
}

/** The place on openstreetmap.org, with a marker: a plain link, nothing loads before the click. */
export function osmHref(place: Pick<Place, 'coordinates'>, zoom = 18): string {
  const { lat, lon } = place.coordinates;
  return `https://www.openstreetmap.org/?mlat=${coord(lat)}&mlon=${coord(lon)}#map=${zoom}/${coord(lat)}/${coord(lon)}`;
}

/** The whole area of a list of places on openstreetmap.org (the link beside the map). */
export function osmAreaHref(places: readonly Pick<Place, 'coordinates'>[]): string {
  const lats = places.map((p) => p.coordinates.lat);
  const lons = places.map((p) => p.coordinates.lon);
  const bbox = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)].map(coord).join(',');
  const center = { coordinates: { lat: (Math.min(...lats) + Math.max(...lats)) / 2, lon: (Math.min(...lons) + Math.max(...lons)) / 2 } };
  return `${osmHref(center, 15).split('?')[0]}?bbox=${bbox}#map=15/${coord(center.coordinates.lat)}/${coord(center.coordinates.lon)}`;
}

/** What the map island needs of each place (serialised into a data attribute). */
export interface MapMarker {
  name: string;
  category: string;
  href: string;
  lat: number;
  lon: number;
}

export function mapMarkers(places: readonly Place[]): MapMarker[] {
  return places.map((p) => ({
    name: p.name,
    category: PLACE_CATEGORIES[p.category].one,
    href: placePath(p.slug),
    lat: p.coordinates.lat,
    lon: p.coordinates.lon,
  }));
}

/** schema.org TouristAttraction (sights, museums, parks) or Place, for search engines and travel portals. */
export function placeJsonLd(place: Place, site: URL): Record<string, unknown> {
  const url = new URL(placePath(place.slug), site).href;
  return {
    '@context': 'https://schema.org',
    '@type': TOURIST_CATEGORIES.has(place.category) ? 'TouristAttraction' : 'Place',
    '@id': url,
    url,
    name: place.name,
    description: place.summary,
    address: {
      '@type': 'PostalAddress',
      streetAddress: place.address.street,
      postalCode: place.address.postalCode,
      addressLocality: place.address.city,
      addressCountry: 'DE',
    },
    geo: { '@type': 'GeoCoordinates', latitude: place.coordinates.lat, longitude: place.coordinates.lon },
    ...(place.phone ? { telephone: place.phone } : {}),
    ...(place.images.length > 0 ? { image: place.images.map((i) => new URL(mediaPath(i.file), site).href) } : {}),
    amenityFeature: [
      { '@type': 'LocationFeatureSpecification', name: 'Stufenloser Zugang', value: place.accessibility.stepFree },
      { '@type': 'LocationFeatureSpecification', name: 'Barrierefreies WC', value: place.accessibility.accessibleToilet },
    ],
  };
}

export interface PublicationYear {
  year: string;
  publications: readonly Publication[];
}

export interface PublicationGroup {
  category: PublicationCategory;
  label: string;
  /** Newest year first. */
  years: PublicationYear[];
}

/** Publications by category (order of PUBLICATION_CATEGORIES), then by year, newest first; input order kept within a year. */
export function publicationsByCategoryAndYear(publications: readonly Publication[]): PublicationGroup[] {
  const keys = Object.keys(PUBLICATION_CATEGORIES) as PublicationCategory[];
  return keys
    .map((category) => {
      const list = publications.filter((p) => p.category === category);
      const years = [...new Set(list.map((p) => p.date.slice(0, 4)))].sort().reverse();
      return {
        category,
        label: PUBLICATION_CATEGORIES[category],
        years: years.map((year) => ({ year, publications: list.filter((p) => p.date.startsWith(year)) })),
      };
    })
    .filter((g) => g.years.length > 0);
}
