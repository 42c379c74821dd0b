/**
 * node-nginx: a Vite + React single-page app ("Trail Log", a list of hikes with filters). The
 * builder stage runs `npm install` and `npm run build` (vite build -> dist/); nginx serves dist/.
 */
import { binary, code, text } from './files';
import { viteReactScaffold } from './parts/viteReactScaffold';
import type { ExampleContext } from './types';

const APP_JSX = code`
import { useMemo, useState } from 'react'
import FilterBar from './components/FilterBar.jsx'
import HikeList from './components/HikeList.jsx'
import { hikes } from './data/hikes.js'
import hero from './assets/hero.webp'
import './App.css'

export default function App() {
  const [region, setRegion] = useState('all')
  const [maxKm, setMaxKm] = useState(30)

  const regions = useMemo(() => ['all', ...new Set(hikes.map((h) => h.region))], [])
  const visible = hikes.filter(
    (h) => (region === 'all' || h.region === region) && h.distanceKm <= maxKm,
  )

  return (
    <main className="app">
      <header className="hero" style={{ backgroundImage: 'url(' + hero + ')' }}>
        <h1>Trail Log</h1>
        <p>{hikes.length} hikes walked, {visible.length} shown</p>
      </header>
      <FilterBar
        regions={regions}
        region={region}
        onRegion={setRegion}
        maxKm={maxKm}
        onMaxKm={setMaxKm}
      />
      <HikeList hikes={visible} />
    </main>
  )
}
`;

const FILTER_BAR = code`
export default function FilterBar({ regions, region, onRegion, maxKm, onMaxKm }) {
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        Region
        <select value={region} onChange={(e) => onRegion(e.target.value)}>
          {regions.map((r) => (
            <option key={r} value={r}>{r === 'all' ? 'All regions' : r}</option>
          ))}
        </select>
      </label>
      <label>
        Up to {maxKm} km
        <input
          type="range"
          min="5"
          max="30"
          value={maxKm}
          onChange={(e) => onMaxKm(Number(e.target.value))}
        />
      </label>
    </form>
  )
}
`;

const HIKE_LIST = code`
import HikeCard from './HikeCard.jsx'

export default function HikeList({ hikes }) {
  if (hikes.length === 0) {
    return <p className="empty">No hike matches these filters.</p>
  }
  return (
    <ul className="hike-list">
      {hikes.map((hike) => (
        <li key={hike.id}>
          <HikeCard hike={hike} />
        </li>
      ))}
    </ul>
  )
}
`;

const HIKE_CARD = code`
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' })

export default function HikeCard({ hike }) {
  return (
    <article className="hike-card">
      <h2>{hike.name}</h2>
      <p className="meta">
        {hike.region} · {hike.distanceKm} km · {hike.ascentM} m up
      </p>
      <p>{hike.note}</p>
      <time dateTime={hike.date}>{dateFormat.format(new Date(hike.date))}</time>
    </article>
  )
}
`;

const HIKES = code`
export const hikes = [
  { id: 1, name: 'Helvellyn via Striding Edge', region: 'Lake District', distanceKm: 12.5, ascentM: 950, date: '2025-05-17', note: 'Windy on the edge, clear from the summit.' },
  { id: 2, name: 'Catbells and Maiden Moor', region: 'Lake District', distanceKm: 9, ascentM: 560, date: '2025-06-02', note: 'Busy at the start, empty after Hause Gate.' },
  { id: 3, name: 'Pen y Fan horseshoe', region: 'Brecon Beacons', distanceKm: 16, ascentM: 820, date: '2025-04-12', note: 'Four summits, one sandwich stop.' },
  { id: 4, name: 'Kinder Scout plateau', region: 'Peak District', distanceKm: 14, ascentM: 480, date: '2025-03-08', note: 'Bog everywhere; gaiters earned their keep.' },
  { id: 5, name: 'Mam Tor and the Great Ridge', region: 'Peak District', distanceKm: 8.5, ascentM: 390, date: '2025-02-22', note: 'Short winter day, long views.' },
  { id: 6, name: 'Ben Nevis mountain track', region: 'Highlands', distanceKm: 17, ascentM: 1350, date: '2025-07-19', note: 'Snow patches near the top in July.' },
  { id: 7, name: 'The Quiraing loop', region: 'Skye', distanceKm: 7, ascentM: 310, date: '2025-08-05', note: 'Cloud lifted for ten minutes: worth it.' },
  { id: 8, name: 'Snowdon by the Watkin Path', region: 'Eryri', distanceKm: 13, ascentM: 1020, date: '2025-09-13', note: 'Waterfalls at the bottom, scree at the top.' },
]
`;

const INDEX_CSS = code`
:root {
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  line-height: 1.5;
  color: #1d2521;
  background-color: #f4efe6;
  -webkit-font-smoothing: antialiased;
}

* {
  box-sizing: border-box;
}

body {
  margin: 0;
  min-height: 100vh;
}

h1,
h2 {
  line-height: 1.15;
  margin: 0;
}
`;

const APP_CSS = code`
.app {
  max-width: 960px;
  margin: 0 auto;
  padding: 0 1rem 3rem;
}

.hero {
  padding: 5rem 1.5rem 2rem;
  border-radius: 0 0 16px 16px;
  background-size: cover;
  background-position: center;
  color: #fff;
  text-shadow: 0 1px 3px rgb(0 0 0 / 0.6);
}

.filters {
  display: flex;
  flex-wrap: wrap;
  gap: 1.5rem;
  margin: 1.5rem 0;
}

.filters label {
  display: flex;
  flex-direction: column;
  font-weight: 600;
}

.hike-list {
  list-style: none;
  padding: 0;
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
  gap: 1rem;
}

.hike-card {
  background: #fff;
  border-radius: 12px;
  padding: 1rem 1.25rem;
  box-shadow: 0 1px 4px rgb(0 0 0 / 0.08);
}

.hike-card .meta {
  color: #1f6f5c;
  font-size: 0.9rem;
}

.empty {
  font-style: italic;
}
`;

const README = code`
# Trail Log

A small React front end listing the hikes we have walked, with region and distance filters.
Built with Vite; served in production by nginx from the static \`dist/\` folder.

## Develop

    npm install
    npm run dev

## Build the image

    docker build -t trail-log .
    docker run --rm -p 8080:80 trail-log

The first stage installs the dependencies and runs \`npm run build\`; only \`dist/\` is copied
into \`nginx:alpine\`, so neither Node nor \`node_modules\` ships in the final image.
`;

const DOCKERIGNORE = code`
node_modules
dist
.git
.vscode
*.log
.env*
`;

export const nodeNginx: ExampleContext = {
  id: 'node-nginx',
  title: 'Trail Log (Vite + React, served by nginx)',
  description: 'A Vite/React single-page app whose `npm run build` writes dist/, which nginx serves.',
  files: {
    ...viteReactScaffold({ name: 'trail-log', title: 'Trail Log' }),
    '.dockerignore': text(DOCKERIGNORE),
    'README.md': text(README),
    'public/robots.txt': text('User-agent: *\nAllow: /\n'),
    'src/App.jsx': text(APP_JSX),
    'src/App.css': text(APP_CSS),
    'src/index.css': text(INDEX_CSS),
    'src/components/FilterBar.jsx': text(FILTER_BAR),
    'src/components/HikeList.jsx': text(HIKE_LIST),
    'src/components/HikeCard.jsx': text(HIKE_CARD),
    'src/data/hikes.js': text(HIKES),
    'src/assets/hero.webp': binary(84_312, 'trail-log hero.webp'),
  },
  notes:
    'package-lock.json is in the context but the first COPY takes package.json only, so `npm install` ' +
    'resolves afresh; `COPY . .` then brings the lock and the sources (node_modules and dist are ' +
    'excluded by .dockerignore). `npm run build` runs `vite build`, which writes dist/index.html and ' +
    'dist/assets/* (about 0.28 MB for React 19 + Vite 8).',
};
