/** The simulated build's panels, one tab each: timeline and log, layers, sizes, image config. */
import { useState } from 'react';
import { ConfigPanel } from '../config/ConfigPanel';
import { LayersPanel } from '../layers/LayersPanel';
import { SizesPanel } from '../sizes/SizesPanel';
import { TimelinePanel } from './TimelinePanel';
import './build.css';

const TABS = [
  { id: 'timeline', label: 'Timeline & log' },
  { id: 'layers', label: 'Layers' },
  { id: 'sizes', label: 'Sizes' },
  { id: 'config', label: 'Config' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function BuildPanel() {
  const [tab, setTab] = useState<TabId>('timeline');
  return (
    <section className="build-panel" aria-label="Simulated build">
      <div className="build-tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className="build-tab" data-testid={`build-tab-${t.id}`} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
        <span className="build-tabs-note">simulated — no Docker involved</span>
      </div>
      <div className="build-panel-body" role="tabpanel">
        {tab === 'timeline' && <TimelinePanel />}
        {tab === 'layers' && <LayersPanel />}
        {tab === 'sizes' && <SizesPanel />}
        {tab === 'config' && <ConfigPanel />}
      </div>
    </section>
  );
}
