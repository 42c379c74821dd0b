/**
 * The "notes" project: a React front end (frontend/) and a Flask API (backend/) in one
 * repository, the context of both python-node (two stages) and python-node-single (one image).
 */
import { code, text, underDir } from '../files';
import type { ContextFile } from '../types';
import { notesBackend } from './notesBackend';
import { notesFrontend } from './notesFrontend';

const README = code`
# notes

A note-taking app: React front end in \`frontend/\`, Flask API in \`backend/\`.

Development, in two terminals:

    cd backend && python -m venv .venv && . .venv/bin/activate && pip install -r requirements.txt
    flask --app wsgi run --port 5000

    cd frontend && npm install && npm run dev    # proxies /api to :5000

In production the front end is built once (\`npm run build\` -> \`frontend/dist\`) and Flask serves it
from \`static/\` next to \`app.py\`; run it with \`gunicorn -c gunicorn.conf.py wsgi:app\`.
`;

const DOCKERIGNORE = code`
.git
**/node_modules
frontend/dist
**/__pycache__
**/*.pyc
backend/.venv
backend/*.sqlite3
.env
`;

const GITIGNORE = code`
node_modules/
dist/
__pycache__/
*.pyc
.venv/
*.sqlite3
.env
`;

/** Every file of the project, paths from the repository root. */
export function notesProject(): Record<string, ContextFile> {
  return {
    'README.md': text(README),
    '.dockerignore': text(DOCKERIGNORE),
    '.gitignore': text(GITIGNORE),
    ...underDir('frontend', notesFrontend()),
    ...underDir('backend', notesBackend()),
  };
}
