/** Messages between the page and the analysis Worker. */
import type { Analysis, AnalyzeInput } from '../engine';

export interface AnalyzeRequest {
  id: number;
  input: AnalyzeInput;
}

export type AnalyzeResponse =
  | { id: number; kind: 'result'; analysis: Analysis }
  /** A newer request arrived before this one started; it was dropped unanswered by the engine. */
  | { id: number; kind: 'superseded' }
  | { id: number; kind: 'error'; message: string };
