/**
 * neo4j-node: a small Express API over a Neo4j graph ("graph-api"). `npm run build` bundles the
 * TypeScript sources and their dependencies (express, neo4j-driver) with esbuild into a single
 * dist/index.js, which is why the final stage can copy dist/ without node_modules.
 */
import { code, text } from './files';
import { graphApiLock } from './locks/graphApiLock';
import { npmManifests, type PackageJson } from './npmLock';
import type { ExampleContext } from './types';

const PACKAGE: PackageJson = {
  name: 'graph-api',
  version: '0.3.0',
  private: true,
  description: 'People-and-skills API on Neo4j',
  scripts: {
    build: 'esbuild src/index.ts --bundle --platform=node --target=node20 --outfile=dist/index.js --sourcemap',
    typecheck: 'tsc --noEmit',
    start: 'node dist/index.js',
  },
  dependencies: {
    express: '^4.21.2',
    'neo4j-driver': '^5.27.0',
  },
  devDependencies: {
    '@types/express': '^4.17.21',
    '@types/node': '^20.17.6',
    esbuild: '^0.24.0',
    typescript: '^5.6.3',
  },
};

const TSCONFIG = code`
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "ESNext",
    "moduleResolution": "Bundler",
    "strict": true,
    "esModuleInterop": true,
    "skipLibCheck": true,
    "noEmit": true
  },
  "include": ["src"]
}
`;

const INDEX_TS = code`
import express from 'express';
import { closeDriver, driver } from './db';
import { peopleRouter } from './routes/people';

const app = express();
app.use(express.json());

app.get('/healthz', async (_req, res) => {
  try {
    await driver.verifyConnectivity();
    res.json({ status: 'ok' });
  } catch (err) {
    res.status(503).json({ status: 'unavailable', error: String(err) });
  }
});
app.use('/people', peopleRouter);

const port = Number(process.env.PORT ?? 3000);
const server = app.listen(port, () => console.log('graph-api listening on ' + port));

process.on('SIGTERM', () => {
  server.close(() => void closeDriver().then(() => process.exit(0)));
});
`;

const DB_TS = code`
import neo4j from 'neo4j-driver';

const uri = process.env.NEO4J_URI ?? 'bolt://localhost:7687';
const user = process.env.NEO4J_USER ?? 'neo4j';
const password = process.env.NEO4J_PASSWORD ?? 'neo4j';

export const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));

export function closeDriver(): Promise<void> {
  return driver.close();
}
`;

const QUERIES_TS = code`
export const LIST_PEOPLE = \`
MATCH (p:Person)
OPTIONAL MATCH (p)-[:KNOWS]->(s:Skill)
RETURN p.name AS name, collect(s.name) AS skills
ORDER BY name
\`;

export const COLLEAGUES_WITH_SKILL = \`
MATCH (me:Person {name: $name})-[:WORKS_WITH]-(c:Person)-[:KNOWS]->(:Skill {name: $skill})
RETURN DISTINCT c.name AS name
\`;

export const ADD_SKILL = \`
MERGE (p:Person {name: $name})
MERGE (s:Skill {name: $skill})
MERGE (p)-[:KNOWS]->(s)
\`;
`;

const PEOPLE_TS = code`
import { Router } from 'express';
import { driver } from '../db';
import { ADD_SKILL, COLLEAGUES_WITH_SKILL, LIST_PEOPLE } from '../queries';

export const peopleRouter = Router();

peopleRouter.get('/', async (_req, res) => {
  const { records } = await driver.executeQuery(LIST_PEOPLE);
  res.json(records.map((r) => ({ name: r.get('name'), skills: r.get('skills') })));
});

peopleRouter.get('/:name/colleagues', async (req, res) => {
  const skill = String(req.query.skill ?? '');
  const { records } = await driver.executeQuery(COLLEAGUES_WITH_SKILL, { name: req.params.name, skill });
  res.json(records.map((r) => r.get('name')));
});

peopleRouter.post('/:name/skills', async (req, res) => {
  const skill = String(req.body?.skill ?? '').trim();
  if (!skill) return res.status(400).json({ error: 'skill is required' });
  await driver.executeQuery(ADD_SKILL, { name: req.params.name, skill });
  return res.status(204).end();
});
`;

const SEED = code`
// Sample data: cypher-shell -u neo4j -p <password> -f cypher/seed.cypher
MERGE (ana:Person {name: 'Ana'})
MERGE (ben:Person {name: 'Ben'})
MERGE (chen:Person {name: 'Chen'})
MERGE (go:Skill {name: 'Go'})
MERGE (ts:Skill {name: 'TypeScript'})
MERGE (cy:Skill {name: 'Cypher'})
MERGE (ana)-[:KNOWS]->(ts)
MERGE (ana)-[:KNOWS]->(cy)
MERGE (ben)-[:KNOWS]->(go)
MERGE (chen)-[:KNOWS]->(ts)
MERGE (ana)-[:WORKS_WITH]->(ben)
MERGE (ben)-[:WORKS_WITH]->(chen);
`;

const README = code`
# graph-api

People and their skills, stored in Neo4j and served over HTTP.

    npm ci
    npm run build          # esbuild -> dist/index.js (one file, dependencies included)
    NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=secret npm start

The image starts from \`neo4j:5\`, so the database is what runs when the container starts; the
bundled API sits in /opt/app next to a Node binary and is started with
\`docker exec <container> node /opt/app/index.js\`.
`;

export const neo4jNode: ExampleContext = {
  id: 'neo4j-node',
  title: 'graph-api (Node on a Neo4j image)',
  description: 'An Express + neo4j-driver API bundled by esbuild into dist/index.js, shipped inside neo4j:5.',
  files: {
    ...npmManifests(PACKAGE, graphApiLock),
    'tsconfig.json': text(TSCONFIG),
    'src/index.ts': text(INDEX_TS),
    'src/db.ts': text(DB_TS),
    'src/queries.ts': text(QUERIES_TS),
    'src/routes/people.ts': text(PEOPLE_TS),
    'cypher/seed.cypher': text(SEED),
    'README.md': text(README),
    '.env.example': text('NEO4J_URI=bolt://localhost:7687\nNEO4J_USER=neo4j\nNEO4J_PASSWORD=change-me\nPORT=3000\n'),
    '.gitignore': text('node_modules/\ndist/\n.env\n'),
    '.dockerignore': text('node_modules\ndist\n.git\n.env\n'),
  },
  notes:
    '`COPY package*.json ./` matches package.json and package-lock.json, which `npm ci` requires. ' +
    'The bundle in dist/ needs no node_modules at run time; the final image still runs Neo4j, ' +
    'because ENTRYPOINT and CMD come from neo4j:5.',
};
