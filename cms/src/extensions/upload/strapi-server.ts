import type { Core } from '@strapi/strapi';
import { checkUpdate, checkUpload, type FileInfo, type IncomingFile } from '../../editorial/alt-text';
import { checkUploadType, type UploadedFileInput } from '../../editorial/upload-type';

/*
 * Extension of the upload plugin (Strapi loads dist/src/extensions/<plugin>/strapi-server.js):
 * wraps its `upload` service, the one place every upload passes (dashboard, REST, upload from
 * URL, replace, seed), so a file's content must be an allowed format (src/editorial/upload-type.ts)
 * and images need alternative text (src/editorial/alt-text.ts) — both before anything is written.
 */

type ServiceFile = IncomingFile & UploadedFileInput;

type Args<F> = F extends (...args: infer A) => unknown ? A : never;

interface UploadService {
  upload(input: { data: { fileInfo?: unknown } & Record<string, unknown>; files: ServiceFile | ServiceFile[] }, opts?: unknown): Promise<unknown>;
  updateFileInfo(id: number | string, info: FileInfo, opts?: unknown): Promise<unknown>;
  replace(id: number | string, input: { data: { fileInfo?: FileInfo }; file: ServiceFile }, opts?: unknown): Promise<unknown>;
  findOne(id: number | string): Promise<{ mime?: string | null; name?: string | null; ext?: string | null; alternativeText?: string | null } | null>;
}

interface UploadPlugin {
  services: Record<string, (deps: { strapi: Core.Strapi }) => unknown>;
}

export default (plugin: UploadPlugin): UploadPlugin => {
  const original = plugin.services.upload;
  if (!original) throw new Error('Upload-Plugin: Dienst „upload“ fehlt – Strapi-Version prüfen.');
  plugin.services.upload = (deps) => {
    const service = original(deps) as UploadService;
    return {
      ...service,
      async upload(...args: Args<UploadService['upload']>) {
        const [{ data, files }] = args;
        // Content first: the alt-text rule then knows whether the file really is an image.
        for (const file of Array.isArray(files) ? files : [files]) await checkUploadType(file);
        checkUpload(files, data?.fileInfo);
        return service.upload(...args);
      },
      async updateFileInfo(...args: Args<UploadService['updateFileInfo']>) {
        const [id, info] = args;
        const stored = await service.findOne(id);
        // A missing file: Strapi's own 404 follows.
        if (stored) checkUpdate(stored, info ?? {});
        return service.updateFileInfo(...args);
      },
      async replace(...args: Args<UploadService['replace']>) {
        const [id, { data, file }] = args;
        const stored = await service.findOne(id);
        // Strapi keeps the stored file's extension (its URL stays): the new content must fit that one.
        if (stored) await checkUploadType(file, stored.ext);
        const info = data?.fileInfo ?? {};
        // The new file decides whether it is an image; the stored alt text counts when none is sent.
        checkUpload(file, [{ alternativeText: info.alternativeText ?? stored?.alternativeText ?? null }]);
        return service.replace(...args);
      },
    };
  };
  return plugin;
};
