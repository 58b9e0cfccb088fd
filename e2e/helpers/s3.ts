import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

/*
 * A fake S3 (s3rver) on 127.0.0.1, started by the test, with its files in a temp folder — what
 * an S3-compatible object store (MinIO, Ceph, AWS) is in production. Objects are public by URL
 * (s3rver does not enforce ACLs), path-style: http://127.0.0.1:<port>/<bucket>/<key>.
 */

export interface FakeS3 {
  endpoint: string;
  /** The CMS environment for UPLOAD_PROVIDER=s3 against this server and `bucket`. */
  cmsEnv(bucket: string): Record<string, string>;
  createBucket(bucket: string): Promise<void>;
  keys(bucket: string): Promise<string[]>;
  get(bucket: string, key: string): Promise<Uint8Array>;
  empty(bucket: string): Promise<void>;
  close(): Promise<void>;
}

const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export async function startFakeS3(buckets: readonly string[] = []): Promise<FakeS3> {
  const dir = await mkdtemp(join(tmpdir(), 'stadtportal-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: buckets.map((name) => ({ name })) });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS });
  const keys = async (bucket: string): Promise<string[]> => {
    const found: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
      for (const o of page.Contents ?? []) if (o.Key) found.push(o.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return found.sort();
  };
  return {
    endpoint,
    cmsEnv: (bucket) => ({
      UPLOAD_PROVIDER: 's3',
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      S3_ROOT_PATH: 'uploads',
      MEDIA_PUBLIC_URL: `${endpoint}/${bucket}`,
    }),
    async createBucket(bucket) {
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
    },
    keys,
    async get(bucket, key) {
      const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (!out.Body) throw new Error(`s3://${bucket}/${key}: leer`);
      return out.Body.transformToByteArray();
    },
    async empty(bucket) {
      const all = await keys(bucket);
      if (all.length > 0) await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: all.map((Key) => ({ Key })) } }));
    },
    async close() {
      client.destroy();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
