/**
 * The files `npm create vite@latest -- --template react` leaves around a React app (create-vite
 * 9.3: React 19, Vite 8, Oxlint), shared by the front ends of node-nginx and python-node.
 * `npm run build` runs `vite build`, which writes dist/ (index.html plus hashed assets).
 */
import { code, text } from '../files';
import { viteReactLock } from '../locks/viteReactLock';
import { npmManifests, type PackageJson } from '../npmLock';
import type { ContextFile } from '../types';

export interface ViteReactOptions {
  /** package.json name. */
  name: string;
  /** The page title in index.html. */
  title: string;
  /** The body of vite.config.js's defineConfig({...}) after `plugins: [react()],`. */
  extraConfig?: string;
}

/** package.json as create-vite writes it for the React template. */
export function viteReactPackage(name: string): PackageJson {
  return {
    name,
    private: true,
    version: '0.0.0',
    type: 'module',
    scripts: { dev: 'vite', build: 'vite build', lint: 'oxlint', preview: 'vite preview' },
    dependencies: { react: '^19.3.1', 'react-dom': '^19.3.1' },
    devDependencies: {
      '@types/react': '^19.3.0',
      '@types/react-dom': '^19.3.0',
      '@vitejs/plugin-react': '^6.1.2',
      oxlint: '^1.88.0',
      vite: '^8.3.4',
    },
  };
}

const GITIGNORE = code`
# Logs
logs
*.log
npm-debug.log*

node_modules
dist
dist-ssr
*.local

# Editor directories and files
.vscode/*
!.vscode/extensions.json
.idea
.DS_Store
`;

const OXLINTRC = code`
{
  "$schema": "./node_modules/oxlint/configuration_schema.json",
  "plugins": ["react", "oxc"],
  "rules": {
    "react/rules-of-hooks": "error",
    "react/only-export-components": ["warn", { "allowConstantExport": true }]
  }
}
`;

const FAVICON = code`
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="7" fill="#1f6f5c"/>
  <path d="M7 22l6-11 4 7 3-4 5 8z" fill="#f4efe6"/>
  <circle cx="22" cy="10" r="2.5" fill="#f2b84b"/>
</svg>
`;

const MAIN_JSX = code`
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './index.css'
import App from './App.jsx'

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
`;

function indexHtml(title: string): string {
  return code`
<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>${title}</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.jsx"></script>
  </body>
</html>
`;
}

function viteConfig(extra: string | undefined): string {
  const body = extra === undefined ? '  plugins: [react()],\n' : `  plugins: [react()],\n${extra}`;
  return `import react from '@vitejs/plugin-react'\nimport { defineConfig } from 'vite'\n\n// https://vite.dev/config/\nexport default defineConfig({\n${body}})\n`;
}

/** The scaffold files (manifests, index.html, configs, src/main.jsx); the app adds the rest of src/. */
export function viteReactScaffold(options: ViteReactOptions): Record<string, ContextFile> {
  return {
    ...npmManifests(viteReactPackage(options.name), viteReactLock),
    '.gitignore': text(GITIGNORE),
    '.oxlintrc.json': text(OXLINTRC),
    'index.html': text(indexHtml(options.title)),
    'vite.config.js': text(viteConfig(options.extraConfig)),
    'public/favicon.svg': text(FAVICON),
    'src/main.jsx': text(MAIN_JSX),
  };
}
