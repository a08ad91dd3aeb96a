import type { StorageFailure } from '../../core/storage-failure';
import type { Translated } from './language';

/** Why a write to the extension's database failed, in the words of the sentence that reports it. */
export interface StorageStrings {
  noStorageSpace: string;
  databaseClosed: string;
  unknownError: string;
}

export const STORAGE_STRINGS: Translated<StorageStrings> = {
  en: {
    noStorageSpace: 'there is no storage space left',
    databaseClosed: 'the database is closed',
    unknownError: 'an unknown error',
  },
  es: {
    noStorageSpace: 'no queda espacio de almacenamiento',
    databaseClosed: 'la base de datos está cerrada',
    unknownError: 'un error desconocido',
  },
};

/** Why a write failed, as a clause for the surface's sentence ("… could not be saved: <reason>."). */
export function storageFailureText(failure: StorageFailure, strings: StorageStrings): string {
  switch (failure.kind) {
    case 'noSpace':
      return strings.noStorageSpace;
    case 'closed':
      return strings.databaseClosed;
    case 'other':
      return failure.detail || strings.unknownError;
  }
}
