/**
 * Replays a build's events: `atMs` walks the simulated-time axis at a chosen speed (1x plays the
 * whole build in a few seconds, whatever its simulated length). Null means "show the end".
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BuildEvent } from '../../engine';
import { nextEventMs } from '../../view/buildTimeline';

/** Real seconds a whole build takes to replay at 1x. */
const REPLAY_SECONDS = 6;

export interface Playback {
  atMs: number | null;
  playing: boolean;
  speed: number;
  play(): void;
  pause(): void;
  step(): void;
  setSpeed(speed: number): void;
}

export function usePlayback(events: readonly BuildEvent[], totalMs: number, resetKey: unknown): Playback {
  const [atMs, setAtMs] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const last = useRef<number | null>(null);

  // A new build shows its end state; the person replays it on demand.
  useEffect(() => {
    setAtMs(null);
    setPlaying(false);
  }, [resetKey]);

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    last.current = null;
    const tick = (now: number) => {
      const dt = last.current === null ? 0 : now - last.current;
      last.current = now;
      const rate = (Math.max(totalMs, 1) / (REPLAY_SECONDS * 1000)) * speed;
      let done = false;
      setAtMs((t) => {
        const next = (t ?? 0) + dt * rate;
        if (next >= totalMs) done = true;
        return Math.min(next, totalMs);
      });
      if (done) setPlaying(false);
      else frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, totalMs]);

  const play = useCallback(() => {
    setAtMs((t) => (t === null || t >= totalMs ? 0 : t));
    setPlaying(true);
  }, [totalMs]);
  const pause = useCallback(() => setPlaying(false), []);
  const step = useCallback(() => {
    setPlaying(false);
    setAtMs((t) => nextEventMs(events, t === null || t >= totalMs ? -1 : t, totalMs));
  }, [events, totalMs]);
  return { atMs, playing, speed, play, pause, step, setSpeed };
}
