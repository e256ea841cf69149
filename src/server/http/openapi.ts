import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { CSRF_DESCRIPTION } from './csrf.js';
import { SESSION_COOKIE } from './session-cookie.js';

/** OpenAPI 3.1, generated from the route schemas. Register before any route. */
export async function registerOpenApi(app: FastifyInstance, version: string) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kindred API',
        version,
        description:
          'API of Kindred, software for peer-led recovery groups. Errors always answer ' +
          '`{"error":{"code","message","details"}}`.\n\n' +
          CSRF_DESCRIPTION,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: CSRF_DESCRIPTION },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
}

export function registerOpenApiRoute(app: FastifyInstance) {
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
