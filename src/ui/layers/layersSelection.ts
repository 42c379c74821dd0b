/**
 * What the layers panel has open (the picked layer, "changes" or "image up to it", the file whose
 * details show), kept outside the panel so switching to another build tab and back keeps it. It
 * belongs to one stage: showing another stage starts from its whole image again.
 */
import { create } from 'zustand';

export interface LayersSelection {
  stageIndex: number | null;
  picked: number | 'all';
  cumulative: boolean;
  selectedFile: string | null;
  pick(picked: number | 'all'): void;
  setCumulative(cumulative: boolean): void;
  selectFile(path: string | null): void;
  /** Called with the stage on show; a different stage resets the selection. */
  follow(stageIndex: number | null): void;
}

export const useLayersSelection = create<LayersSelection>()((set, get) => ({
  stageIndex: null,
  picked: 'all',
  cumulative: false,
  selectedFile: null,
  pick: (picked) => set({ picked }),
  setCumulative: (cumulative) => set({ cumulative }),
  selectFile: (selectedFile) => set({ selectedFile }),
  follow: (stageIndex) => {
    if (stageIndex !== get().stageIndex) set({ stageIndex, picked: 'all', cumulative: false, selectedFile: null });
  },
}));
