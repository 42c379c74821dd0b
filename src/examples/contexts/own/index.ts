/**
 * Our own examples, each a Dockerfile with its context: Python with a venv stage, Rust with cargo,
 * Java with Maven, Node on distroless, Go on scratch.
 */
import type { OwnExample } from '../types';
import { distrolessNode } from './distrolessNode';
import { javaMaven } from './javaMaven';
import { pythonVenv } from './pythonVenv';
import { rustCargo } from './rustCargo';
import { scratchGo } from './scratchGo';

export const ownExamples: OwnExample[] = [pythonVenv, rustCargo, javaMaven, distrolessNode, scratchGo];
