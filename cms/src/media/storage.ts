import type { Core } from '@strapi/strapi';

/*
 * Where uploaded files live (docs/OPERATIONS.md, docs/adr/0018-several-cms-instances.md).
 *
 * - `local` (default, `npm start`): Strapi's own provider, files under <PUBLIC_DIR>/uploads,
 *   served by the CMS itself. Fine for one machine; with several CMS instances each would only
 *   see its own uploads.
 * - `s3`: @strapi/provider-upload-aws-s3 against any S3-compatible store (AWS, MinIO, Ceph,
 *   IONOS …; s3rver in the tests). Every instance reads and writes the same bucket, and a file's
 *   URL is MEDIA_PUBLIC_URL + key (a CDN or the bucket's own address), which the snapshot pull
 *   downloads from and the dashboard shows thumbnails from.
 *
 * Configuration only: nothing in the content model or the site changes with the provider.
 */

type Env = Core.Config.Shared.ConfigParams['env'];

export interface S3Storage {
  bucket: string;
  region: string;
  /** S3-compatible endpoint; undefined = AWS (from the region). */
  endpoint: string | undefined;
  forcePathStyle: boolean;
  accessKeyId: string;
  secretAccessKey: string;
  /** Key prefix inside the bucket ("uploads" → uploads/<hash><ext>). */
  rootPath: string;
  /** Canned ACL sent with every upload; '' sends none (buckets with "ACLs disabled"). */
  acl: string;
  /** Public base URL of the files: a file's URL is `${publicUrl}/${key}`. */
  publicUrl: string;
}

function required(env: Env, name: string): string {
  const value = env(name, '').trim();
  if (!value) throw new Error(`UPLOAD_PROVIDER=s3: ${name} fehlt (siehe cms/.env.example).`);
  return value;
}

function httpUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} „${value}“ ist keine gültige URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} „${value}“ muss mit https:// beginnen.`);
  if (url.search || url.hash) throw new Error(`${name} „${value}“ darf weder ? noch # enthalten.`);
  return url;
}

/** The S3 settings, or null for the local provider. Refuses half a configuration at start. */
export function s3Storage(env: Env): S3Storage | null {
  const provider = env('UPLOAD_PROVIDER', 'local').trim().toLowerCase();
  if (provider === 'local' || provider === '') return null;
  if (provider !== 's3') {
    // A typo must not silently fall back to local files on one of several instances.
    throw new Error(`UPLOAD_PROVIDER="${provider}" wird nicht unterstützt – erlaubt sind "local" und "s3".`);
  }
  const endpoint = env('S3_ENDPOINT', '').trim() || undefined;
  if (endpoint) httpUrl('S3_ENDPOINT', endpoint);
  const publicUrl = required(env, 'MEDIA_PUBLIC_URL').replace(/\/+$/, '');
  httpUrl('MEDIA_PUBLIC_URL', publicUrl);
  return {
    bucket: required(env, 'S3_BUCKET'),
    region: env('S3_REGION', 'eu-central-1'),
    endpoint,
    forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', false),
    accessKeyId: required(env, 'S3_ACCESS_KEY_ID'),
    secretAccessKey: required(env, 'S3_SECRET_ACCESS_KEY'),
    rootPath: env('S3_ROOT_PATH', 'uploads').replace(/^\/+|\/+$/g, ''),
    acl: env('S3_ACL', 'public-read').trim(),
    publicUrl,
  };
}

/** The origin images come from when files are on S3 (for the dashboard's CSP), else null. */
export function mediaOrigin(env: Env): string | null {
  const s3 = s3Storage(env);
  return s3 === null ? null : new URL(s3.publicUrl).origin;
}

/** The upload plugin's provider settings (config/plugins.ts): {} keeps Strapi's local provider. */
export function uploadProviderConfig(env: Env): Record<string, unknown> {
  const s3 = s3Storage(env);
  if (s3 === null) return {};
  return {
    provider: 'aws-s3',
    providerOptions: {
      baseUrl: s3.publicUrl,
      rootPath: s3.rootPath,
      s3Options: {
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
        region: s3.region,
        ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
        forcePathStyle: s3.forcePathStyle,
        // The AWS SDK (since 3.729) adds CRC checksums and aws-chunked bodies to every upload;
        // many S3-compatible stores refuse those. Only where an operation requires them.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        // Without ACL in params the provider sends public-read; an empty S3_ACL sends none.
        params: { Bucket: s3.bucket, ACL: s3.acl === '' ? undefined : s3.acl },
      },
    },
    // The files are public (the site copies them; the dashboard shows them): no signed URLs.
    actionOptions: { upload: {}, uploadStream: {}, delete: {} },
  };
}
