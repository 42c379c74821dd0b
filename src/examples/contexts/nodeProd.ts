/**
 * node-prod: a TypeScript Express service ("orders-api"). `npm run build` runs tsc, which writes
 * dist/ (dist/index.js is the entry point the Dockerfile's CMD runs); the production stage
 * reinstalls dependencies without devDependencies (typescript and the @types packages).
 */
import { code, text } from './files';
import { ordersApiLock } from './locks/ordersApiLock';
import { npmManifests, type PackageJson } from './npmLock';
import type { ExampleContext } from './types';

const PACKAGE: PackageJson = {
  name: 'orders-api',
  version: '1.4.0',
  private: true,
  description: 'Order intake API for the shop front end',
  main: 'dist/index.js',
  scripts: {
    build: 'tsc -p tsconfig.json',
    start: 'node dist/index.js',
    dev: 'tsc -p tsconfig.json --watch',
    test: 'npm run build && node --test test/',
  },
  dependencies: {
    express: '^4.21.2',
    helmet: '^8.0.0',
    pino: '^9.5.0',
    'pino-http': '^10.3.0',
    zod: '^3.23.8',
  },
  devDependencies: {
    '@types/express': '^4.17.21',
    '@types/node': '^18.19.64',
    typescript: '^5.6.3',
  },
};

const TSCONFIG = code`
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "commonjs",
    "rootDir": "src",
    "outDir": "dist",
    "strict": true,
    "esModuleInterop": true,
    "skipLibCheck": true,
    "sourceMap": true
  },
  "include": ["src"]
}
`;

const INDEX_TS = code`
import { createApp } from './app';
import { config } from './config';
import { logger } from './logger';

const server = createApp().listen(config.port, () => {
  logger.info({ port: config.port }, 'orders-api listening');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    logger.info({ signal }, 'shutting down');
    server.close(() => process.exit(0));
  });
}
`;

const APP_TS = code`
import express from 'express';
import helmet from 'helmet';
import pinoHttp from 'pino-http';
import { logger } from './logger';
import { healthRouter } from './routes/health';
import { ordersRouter } from './routes/orders';
import { OrderStore } from './orders/store';

export function createApp(store = new OrderStore()) {
  const app = express();
  app.disable('x-powered-by');
  app.use(helmet());
  app.use(express.json({ limit: '100kb' }));
  app.use(pinoHttp({ logger }));
  app.use('/healthz', healthRouter);
  app.use('/orders', ordersRouter(store));
  return app;
}
`;

const CONFIG_TS = code`
export const config = {
  port: Number(process.env.PORT ?? 3000),
  logLevel: process.env.LOG_LEVEL ?? 'info',
};
`;

const LOGGER_TS = code`
import pino from 'pino';
import { config } from './config';

export const logger = pino({ level: config.logLevel });
`;

const HEALTH_TS = code`
import { Router } from 'express';

export const healthRouter = Router();

healthRouter.get('/', (_req, res) => {
  res.json({ status: 'ok', uptime: Math.round(process.uptime()) });
});
`;

const ORDERS_TS = code`
import { Router } from 'express';
import { newOrderSchema } from '../orders/schema';
import type { OrderStore } from '../orders/store';

export function ordersRouter(store: OrderStore): Router {
  const router = Router();

  router.get('/', (_req, res) => {
    res.json(store.list());
  });

  router.get('/:id', (req, res) => {
    const order = store.get(req.params.id);
    if (!order) return res.status(404).json({ error: 'order not found' });
    return res.json(order);
  });

  router.post('/', (req, res) => {
    const parsed = newOrderSchema.safeParse(req.body);
    if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
    return res.status(201).json(store.create(parsed.data));
  });

  return router;
}
`;

const SCHEMA_TS = code`
import { z } from 'zod';

export const newOrderSchema = z.object({
  customerEmail: z.string().email(),
  lines: z
    .array(
      z.object({
        sku: z.string().min(1),
        quantity: z.number().int().positive(),
        unitPriceCents: z.number().int().nonnegative(),
      }),
    )
    .min(1),
});

export type NewOrder = z.infer<typeof newOrderSchema>;
`;

const STORE_TS = code`
import { randomUUID } from 'node:crypto';
import type { NewOrder } from './schema';

export interface Order extends NewOrder {
  id: string;
  totalCents: number;
  createdAt: string;
}

export class OrderStore {
  private readonly orders = new Map<string, Order>();

  list(): Order[] {
    return [...this.orders.values()];
  }

  get(id: string): Order | undefined {
    return this.orders.get(id);
  }

  create(input: NewOrder): Order {
    const totalCents = input.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0);
    const order: Order = { ...input, id: randomUUID(), totalCents, createdAt: new Date().toISOString() };
    this.orders.set(order.id, order);
    return order;
  }
}
`;

const TEST_JS = code`
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { OrderStore } = require('../dist/orders/store');

test('an order total is the sum of its lines', () => {
  const order = new OrderStore().create({
    customerEmail: 'sam@example.com',
    lines: [
      { sku: 'MUG-01', quantity: 2, unitPriceCents: 1200 },
      { sku: 'TEA-50', quantity: 1, unitPriceCents: 650 },
    ],
  });
  assert.equal(order.totalCents, 3050);
});
`;

const README = code`
# orders-api

Order intake for the shop: \`POST /orders\`, \`GET /orders\`, \`GET /orders/:id\`, \`GET /healthz\`.

    npm install
    npm run build && npm start      # http://localhost:3000
    npm test

Configuration: \`PORT\` (3000), \`LOG_LEVEL\` (info). See .env.example.
`;

export const nodeProd: ExampleContext = {
  id: 'node-prod',
  title: 'orders-api (TypeScript + Express)',
  description: 'A TypeScript Express service compiled by tsc into dist/ and run with production dependencies only.',
  files: {
    ...npmManifests(PACKAGE, ordersApiLock),
    'tsconfig.json': text(TSCONFIG),
    'src/index.ts': text(INDEX_TS),
    'src/app.ts': text(APP_TS),
    'src/config.ts': text(CONFIG_TS),
    'src/logger.ts': text(LOGGER_TS),
    'src/routes/health.ts': text(HEALTH_TS),
    'src/routes/orders.ts': text(ORDERS_TS),
    'src/orders/schema.ts': text(SCHEMA_TS),
    'src/orders/store.ts': text(STORE_TS),
    'test/orders.test.js': text(TEST_JS),
    'README.md': text(README),
    '.env.example': text('PORT=3000\nLOG_LEVEL=info\n'),
    '.gitignore': text('node_modules/\ndist/\n.env\n*.log\n'),
    '.dockerignore': text('node_modules\ndist\n.git\n.env\n*.log\ncoverage\n'),
  },
  notes:
    'The build stage installs the hundred locked packages (typescript is the bulk); the production stage ' +
    'copies only package.json, so `npm install --production` resolves again without the lock and ' +
    'skips the devDependencies. dist/ holds the compiled JavaScript and source maps.',
};
