/**
 * python-node: the notes project built with two toolchains in two stages: node:20 builds
 * frontend/ into dist/, and python:3.12-slim receives backend/ plus that dist/ as ./static.
 */
import { notesProject } from './parts/notesProject';
import type { ExampleContext } from './types';

export const pythonNode: ExampleContext = {
  id: 'python-node',
  title: 'notes: React front end + Flask back end (two stages)',
  description: 'A repository with a Vite/React frontend/ and a Flask backend/; Node builds the front end, Python serves it.',
  files: notesProject(),
  notes:
    '`COPY frontend .` copies the front end into /frontend (frontend/node_modules and frontend/dist ' +
    'are excluded by .dockerignore), where `npm install && npm run build` writes /frontend/dist. ' +
    'The Python stage never installs backend/requirements.txt: the Dockerfile only copies files, ' +
    'so a real deployment would add `RUN pip install -r requirements.txt` and a CMD.',
};
