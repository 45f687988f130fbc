import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { DeepReadonly } from '../../src/domain/deep-readonly.ts';
import type { StoreState } from '../../src/domain/store-state.ts';
import { findFeedToken } from '../../src/feeds/feed-tokens.ts';
import { cookieValue } from './respond.ts';

/** What a request may see, decided once from its token or from the staff key. */
export interface Viewer {
  officeId: string;
  /** A magistrate's own link: their duties are highlighted, reports are not shown. */
  magistrateId?: string;
  /** Staff see provisional versions (watermarked); token holders only published ones. */
  staff: boolean;
  /** The URL prefix of this viewer's pages (`/calendario/<token>` or `/personale/<office>`). */
  base: string;
}

export const STAFF_COOKIE = 'turnario_personale';

/** The cookie value proving the staff key: a digest of it, so the key itself is never stored in a browser. */
export function staffProof(key: string): string {
  return createHash('sha256').update(`turnario-staff:${key}`).digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

export function isStaffKey(configured: string | undefined, given: string): boolean {
  return configured !== undefined && configured !== '' && sameText(configured, given);
}

export function isStaffRequest(req: IncomingMessage, configured: string | undefined): boolean {
  const proof = cookieValue(req, STAFF_COOKIE);
  return configured !== undefined && configured !== '' && proof !== undefined && sameText(proof, staffProof(configured));
}

/** The viewer a token opens, or null for an unknown or revoked token. */
export function viewerOfToken(state: DeepReadonly<StoreState>, token: string): Viewer | null {
  const found = findFeedToken(state, token);
  if (!found || !state.offices[found.officeId]) return null;
  return { officeId: found.officeId, ...(found.magistrateId ? { magistrateId: found.magistrateId } : {}), staff: false, base: `/calendario/${token}` };
}
