/**
 * python-node-single: the same notes project as python-node, built in one python:3.12 image that
 * also installs Node.js from NodeSource, so both toolchains and node_modules stay in the image.
 */
import { notesProject } from './parts/notesProject';
import type { ExampleContext } from './types';

export const pythonNodeSingle: ExampleContext = {
  id: 'python-node-single',
  title: 'notes: both toolchains in one image',
  description: 'The python-node repository (React frontend/, Flask backend/) built in a single python:3.12 image.',
  files: notesProject(),
  notes:
    'Identical context to python-node, so the two images can be compared. Here frontend/ is copied ' +
    'to /app/frontend and built in place, `COPY backend .` puts app.py in /app, and ' +
    '`cp -r frontend/dist/* static/` fills /app/static; frontend/node_modules stays in the image.',
};
