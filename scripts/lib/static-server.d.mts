// Types for the plain-JS static server, so the TypeScript tests can start it.
import type { Server } from 'node:http';

export function startStaticServer(rootDir: string, port?: number): Promise<{ server: Server; url: string }>;
