import type { FastifyReply, FastifyRequest } from 'fastify';
import { ifNoneMatchHits, preferredCoding, type Coding } from './content-coding.js';

/** One body in every coding we offer, each with its own strong ETag. */
export type Precompressed = Record<Coding, { body: Buffer; etag: string }>;

/**
 * Sends a body compressed ahead of time: the coding the client prefers, `Vary:
 * Accept-Encoding` so caches keep the codings apart, and 304 without a body when the
 * client already holds this version. Headers set before (Cache-Control, CORS) go on both.
 */
export function sendPrecompressed(request: FastifyRequest, reply: FastifyReply, content: Precompressed, contentType: string) {
  const coding = preferredCoding(request.headers['accept-encoding']);
  const { body, etag } = content[coding];
  reply.header('vary', 'Accept-Encoding').header('etag', etag);
  if (ifNoneMatchHits(request.headers['if-none-match'], etag)) return reply.status(304).send();
  if (coding !== 'identity') reply.header('content-encoding', coding);
  return reply.type(contentType).send(body);
}
