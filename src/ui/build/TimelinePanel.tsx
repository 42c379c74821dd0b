/**
 * The simulated build on a time axis: a group per built stage, a row per step with its bar at the
 * engine's start/end times (stages BuildKit runs in parallel overlap), CACHED steps marked, the
 * miss reason in each step's title; play/pause/step/speed replay the events; the log below.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectBuild, selectBuildActions, selectBuildCount, useAppStore } from '../../store';
import { formatMs, stepStatesAt, toTimeline, type TimelineStep } from '../../view/buildTimeline';
import { BuildLog } from './BuildLog';
import { usePlayback } from './usePlayback';

const SPEEDS = [0.5, 1, 2, 4];

function stepTitle(step: TimelineStep): string {
  if (step.cached) return `${step.label}\nCACHED (saved ${formatMs(step.durationMs)} of run time)`;
  const why = step.missReason !== undefined ? `\nre-ran: ${step.missReason}` : '';
  return `${step.label}\n${formatMs(step.durationMs)} (simulated)${why}`;
}

export function TimelinePanel() {
  const build = useAppStore(selectBuild);
  const buildCount = useAppStore(selectBuildCount);
  const { revealLine } = useAppStore(useShallow(selectBuildActions));
  const timeline = useMemo(() => toTimeline(build?.result), [build]);
  const events = useMemo(() => build?.result.events ?? [], [build]);
  const playback = usePlayback(events, timeline.totalMs, buildCount);
  const states = useMemo(() => (playback.atMs === null ? null : stepStatesAt(events, playback.atMs)), [events, playback.atMs]);
  const total = Math.max(timeline.totalMs, 1);

  if (!build) return <p className="build-empty">No build yet.</p>;
  return (
    <div className="timeline-panel">
      <div className="build-toolbar" role="group" aria-label="Replay">
        {playback.playing ? (
          <button type="button" className="button" data-testid="timeline-pause" onClick={playback.pause}>Pause</button>
        ) : (
          <button type="button" className="button" data-testid="timeline-play" onClick={playback.play}>Play</button>
        )}
        <button type="button" className="button" data-testid="timeline-step" onClick={playback.step}>Step</button>
        <label className="build-check">
          speed
          <select className="select" value={playback.speed} data-testid="timeline-speed" onChange={(e) => playback.setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => <option key={s} value={s}>{s}x</option>)}
          </select>
        </label>
        <span className="timeline-summary" data-testid="timeline-summary">
          {playback.atMs !== null ? `${formatMs(playback.atMs)} / ` : ''}
          {formatMs(timeline.totalMs)} simulated · {timeline.cachedCount}/{timeline.stepCount} steps cached
          {timeline.savedByCacheMs > 0 ? ` · cache saved ${formatMs(timeline.savedByCacheMs)}` : ''}
        </span>
      </div>
      <div className="timeline" data-testid="timeline">
        {playback.atMs !== null && <div className="timeline-cursor" style={{ left: `calc(40% + ${(playback.atMs / total) * 60}%)` }} aria-hidden="true" />}
        {timeline.lanes.map((lane) => (
          <div key={lane.stageIndex} className="timeline-lane" data-testid={`timeline-lane-${lane.stageIndex}`}>
            <div className="timeline-lane-name">{lane.name}</div>
            {lane.steps.map((step) => {
              const state = states?.get(`${step.stageIndex}-${step.index}`) ?? (states ? 'pending' : step.failed ? 'failed' : step.cached ? 'cached' : 'done');
              return (
                <button
                  key={step.id}
                  type="button"
                  className={`timeline-step is-${state}`}
                  data-testid={step.id}
                  data-cached={String(step.cached)}
                  title={stepTitle(step)}
                  onClick={() => revealLine(step.line)}
                >
                  <span className="timeline-step-label">
                    {step.cached && <span className="cached-mark">CACHED</span>}
                    {step.label}
                  </span>
                  <span className="timeline-track">
                    <span
                      className="timeline-bar"
                      style={{ left: `${(step.startMs / total) * 100}%`, width: `${((step.endMs - step.startMs) / total) * 100}%` }}
                    />
                  </span>
                </button>
              );
            })}
          </div>
        ))}
      </div>
      <BuildLog lines={build.result.log} times={build.result.logAtMs} atMs={playback.atMs} />
    </div>
  );
}
