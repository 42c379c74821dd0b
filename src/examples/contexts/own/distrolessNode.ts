/**
 * Our example: a Fastify service whose production dependencies are installed with `npm ci
 * --omit=dev` in node:20-slim and copied onto gcr.io/distroless/nodejs20-debian12, which has Node
 * but no shell and no package manager (its entrypoint is node itself).
 */
import { code, text } from '../files';
import { linksServiceLock } from '../locks/linksServiceLock';
import { npmManifests, type PackageJson } from '../npmLock';
import type { OwnExample } from '../types';

const DOCKERFILE = code`
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM gcr.io/distroless/nodejs20-debian12
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY src ./src
ENV NODE_ENV=production
USER nonroot
EXPOSE 8080
# The image's entrypoint is /nodejs/bin/node, so CMD names only the script.
CMD ["src/server.js"]
`;

const PACKAGE: PackageJson = {
  name: 'links-service',
  version: '2.1.0',
  private: true,
  description: 'Bookmark links for the team wiki',
  type: 'module',
  main: 'src/server.js',
  scripts: {
    start: 'node src/server.js',
    test: 'node --test',
  },
  dependencies: {
    '@fastify/helmet': '^13.0.1',
    fastify: '^5.3.2',
  },
  engines: { node: '>=20' },
};

const SERVER_JS = code`
import { buildApp } from './app.js'

const app = await buildApp({ logger: { level: process.env.LOG_LEVEL ?? 'info' } })

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => app.close().then(() => process.exit(0)))
}

await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT ?? 8080) })
`;

const APP_JS = code`
import Fastify from 'fastify'
import helmet from '@fastify/helmet'
import { linkRoutes } from './routes/links.js'
import { LinkStore } from './store.js'

export async function buildApp(options = {}) {
  const app = Fastify(options)
  await app.register(helmet)
  app.get('/healthz', async () => ({ status: 'ok' }))
  await app.register(linkRoutes, { prefix: '/links', store: new LinkStore() })
  return app
}
`;

const LINKS_JS = code`
const linkSchema = {
  type: 'object',
  required: ['url', 'title'],
  properties: {
    url: { type: 'string', format: 'uri' },
    title: { type: 'string', minLength: 1, maxLength: 200 },
    tags: { type: 'array', items: { type: 'string' }, maxItems: 10 },
  },
}

export async function linkRoutes(app, { store }) {
  app.get('/', async (request) => store.list(request.query.tag))

  app.post('/', { schema: { body: linkSchema } }, async (request, reply) => {
    reply.code(201)
    return store.add(request.body)
  })

  app.delete('/:id', async (request, reply) => {
    if (!store.remove(Number(request.params.id))) return reply.code(404).send({ error: 'not found' })
    return reply.code(204).send()
  })
}
`;

const STORE_JS = code`
export class LinkStore {
  #links = new Map()
  #nextId = 1

  list(tag) {
    const all = [...this.#links.values()]
    return tag ? all.filter((link) => link.tags.includes(tag)) : all
  }

  add({ url, title, tags = [] }) {
    const link = { id: this.#nextId++, url, title, tags, createdAt: new Date().toISOString() }
    this.#links.set(link.id, link)
    return link
  }

  remove(id) {
    return this.#links.delete(id)
  }
}
`;

const TEST_JS = code`
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildApp } from '../src/app.js'

test('a link can be added and listed by tag', async () => {
  const app = await buildApp()
  const created = await app.inject({
    method: 'POST',
    url: '/links',
    payload: { url: 'https://nodejs.org/api/test.html', title: 'node:test', tags: ['node'] },
  })
  assert.equal(created.statusCode, 201)

  const listed = await app.inject({ url: '/links?tag=node' })
  assert.deepEqual(listed.json().map((l) => l.title), ['node:test'])
  await app.close()
})
`;

const README = code`
# links-service

Team bookmarks over HTTP (Fastify 5): \`GET /links?tag=go\`, \`POST /links\`, \`DELETE /links/:id\`.

    npm ci
    npm test
    npm start        # :8080

The container image is distroless: there is no shell to \`docker exec\` into, and \`CMD\` is an
argument to node, not a command line.
`;

export const distrolessNode: OwnExample = {
  id: 'distroless-node',
  title: 'Node.js on a distroless image',
  description: 'A Fastify service: production dependencies installed in node:20-slim, run on distroless nodejs20.',
  dockerfile: DOCKERFILE,
  files: {
    ...npmManifests(PACKAGE, linksServiceLock),
    'src/server.js': text(SERVER_JS),
    'src/app.js': text(APP_JS),
    'src/routes/links.js': text(LINKS_JS),
    'src/store.js': text(STORE_JS),
    'test/links.test.js': text(TEST_JS),
    'README.md': text(README),
    '.nvmrc': text('20\n'),
    '.gitignore': text('node_modules/\n*.log\n'),
    '.dockerignore': text('node_modules\n.git\ntest\n*.md\n*.log\n'),
  },
  notes:
    'The project has no devDependencies and no build step: the deps stage exists only to run npm, ' +
    'which the distroless image does not have. `USER nonroot` is the uid 65532 account distroless ' +
    'images define in /etc/passwd.',
};
