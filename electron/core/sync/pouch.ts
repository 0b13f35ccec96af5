import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

export type PouchDatabase = PouchDB.Database;
export type PouchDoc = PouchDB.Doc;
export type SyncHandle = PouchDB.SyncEvents;
export type LiveReplication = PouchDB.LiveReplication;

/**
 * PouchDB as the core uses it: the in-memory adapter for the local mirror (pure JavaScript,
 * so nothing native has to be built for Electron's ABI or loaded in a worker thread; the
 * mirror is saved to a file of its own, see mirrorFile.ts), HTTP for the committee's server,
 * and the replication protocol between them.
 */
export const Pouch = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);

let mirrors = 0;
/** A fresh in-memory database; the name is unique so two backends in one process never share one. */
export function memoryDatabase(label: string): PouchDatabase {
  mirrors += 1;
  return new Pouch(`${label}-${process.pid}-${mirrors}-${Date.now()}`, { adapter: 'memory' });
}

export function remoteDatabase(
  url: string,
  auth: { username: string; password: string } | null,
): PouchDatabase {
  return new Pouch(url, { adapter: 'http', skip_setup: true, ...(auth ? { auth } : {}) });
}
