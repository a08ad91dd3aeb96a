/**
 * The reader's own terms, in the extension's origin (options page, popup, background), never in a
 * content script. Versions are only ever added.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { OwnEntry } from '../core/glossary/own-terms';

const OWN_TERMS_DB_NAME = 'glosa-own-terms';

export class OwnTermsDatabase extends Dexie {
  entries!: EntityTable<OwnEntry, 'id'>;

  constructor(name = OWN_TERMS_DB_NAME) {
    super(name);
    this.version(1).stores({ entries: 'id, term, updatedAt' });
  }
}

let shared: OwnTermsDatabase | undefined;

export function ownTermsDb(): OwnTermsDatabase {
  shared ??= new OwnTermsDatabase();
  return shared;
}
