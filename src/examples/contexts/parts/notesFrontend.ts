/**
 * The React front end of the "notes" project (python-node, python-node-single): a Vite app in
 * frontend/ whose build output (frontend/dist) the Flask back end serves as static files.
 */
import { code, text } from '../files';
import type { ContextFile } from '../types';
import { viteReactScaffold } from './viteReactScaffold';

const API_JS = code`
async function request(path, options = {}) {
  const res = await fetch('/api' + path, {
    headers: { 'Content-Type': 'application/json' },
    ...options,
  })
  if (!res.ok) throw new Error(res.status + ' ' + res.statusText)
  return res.status === 204 ? null : res.json()
}

export const listNotes = () => request('/notes')
export const addNote = (body) => request('/notes', { method: 'POST', body: JSON.stringify({ body }) })
export const deleteNote = (id) => request('/notes/' + id, { method: 'DELETE' })
`;

const APP_JSX = code`
import { useEffect, useState } from 'react'
import { addNote, deleteNote, listNotes } from './api.js'
import NoteForm from './components/NoteForm.jsx'
import NoteList from './components/NoteList.jsx'
import './App.css'

export default function App() {
  const [notes, setNotes] = useState([])
  const [error, setError] = useState(null)

  useEffect(() => {
    listNotes().then(setNotes, (e) => setError(e.message))
  }, [])

  async function handleAdd(body) {
    const note = await addNote(body)
    setNotes((current) => [note, ...current])
  }

  async function handleDelete(id) {
    await deleteNote(id)
    setNotes((current) => current.filter((n) => n.id !== id))
  }

  return (
    <main className="notes-app">
      <h1>Notes</h1>
      {error && <p className="error">Could not load notes: {error}</p>}
      <NoteForm onAdd={handleAdd} />
      <NoteList notes={notes} onDelete={handleDelete} />
    </main>
  )
}
`;

const NOTE_FORM = code`
import { useState } from 'react'

export default function NoteForm({ onAdd }) {
  const [body, setBody] = useState('')
  const [saving, setSaving] = useState(false)

  async function submit(e) {
    e.preventDefault()
    if (!body.trim()) return
    setSaving(true)
    try {
      await onAdd(body.trim())
      setBody('')
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="note-form" onSubmit={submit}>
      <textarea
        value={body}
        onChange={(e) => setBody(e.target.value)}
        placeholder="Write a note..."
        rows={3}
      />
      <button type="submit" disabled={saving}>{saving ? 'Saving...' : 'Add note'}</button>
    </form>
  )
}
`;

const NOTE_LIST = code`
export default function NoteList({ notes, onDelete }) {
  if (notes.length === 0) return <p className="empty">No notes yet.</p>
  return (
    <ul className="note-list">
      {notes.map((note) => (
        <li key={note.id}>
          <p>{note.body}</p>
          <footer>
            <time dateTime={note.created_at}>{new Date(note.created_at).toLocaleString()}</time>
            <button type="button" onClick={() => onDelete(note.id)} aria-label="Delete note">
              Delete
            </button>
          </footer>
        </li>
      ))}
    </ul>
  )
}
`;

const INDEX_CSS = code`
:root {
  font-family: Inter, system-ui, sans-serif;
  color: #222;
  background: #fafaf7;
}

body {
  margin: 0;
}
`;

const APP_CSS = code`
.notes-app {
  max-width: 640px;
  margin: 2rem auto;
  padding: 0 1rem;
}

.note-form {
  display: flex;
  flex-direction: column;
  gap: 0.5rem;
}

.note-form textarea {
  font: inherit;
  padding: 0.75rem;
  border: 1px solid #ccc;
  border-radius: 8px;
}

.note-list {
  list-style: none;
  padding: 0;
}

.note-list li {
  background: #fff;
  border: 1px solid #eee;
  border-radius: 8px;
  padding: 0.75rem 1rem;
  margin-top: 0.75rem;
}

.note-list footer {
  display: flex;
  justify-content: space-between;
  color: #777;
  font-size: 0.85rem;
}

.error {
  color: #b00020;
}
`;

const PROXY = "  server: {\n    proxy: { '/api': 'http://localhost:5000' },\n  },\n";

/** The frontend/ folder's files (paths relative to frontend/). */
export function notesFrontend(): Record<string, ContextFile> {
  return {
    ...viteReactScaffold({ name: 'notes-frontend', title: 'Notes', extraConfig: PROXY }),
    'src/App.jsx': text(APP_JSX),
    'src/App.css': text(APP_CSS),
    'src/index.css': text(INDEX_CSS),
    'src/api.js': text(API_JS),
    'src/components/NoteForm.jsx': text(NOTE_FORM),
    'src/components/NoteList.jsx': text(NOTE_LIST),
  };
}
