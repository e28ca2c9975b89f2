import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

export interface SearchHit {
  id: string
  title: string
  subtitle?: string
}

interface SearchBoxProps {
  endpoint: string
  onSelect: (hit: SearchHit) => void
  placeholder?: string
  minChars?: number
  debounceMs?: number
}

function useDebouncedValue<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), delay)
    return () => clearTimeout(t)
  }, [value, delay])
  return debounced
}

function useSearch(endpoint: string, query: string, minChars: number) {
  const [hits, setHits] = useState<SearchHit[]>([])
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (query.trim().length < minChars) {
      setHits([])
      setError(null)
      return
    }
    const ctrl = new AbortController()
    setLoading(true)
    setError(null)
    fetch(`${endpoint}?q=${encodeURIComponent(query.trim())}`, { signal: ctrl.signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((data: { results: SearchHit[] }) => setHits(data.results))
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setError(e.message)
      })
      .finally(() => {
        if (!ctrl.signal.aborted) setLoading(false)
      })
    return () => ctrl.abort()
  }, [endpoint, query, minChars])

  return { hits, loading, error }
}

export default function SearchBox({
  endpoint,
  onSelect,
  placeholder = 'Search…',
  minChars = 2,
  debounceMs = 250,
}: SearchBoxProps) {
  const [input, setInput] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const query = useDebouncedValue(input, debounceMs)
  const { hits, loading, error } = useSearch(endpoint, query, minChars)
  const listId = useId()
  const rootRef = useRef<HTMLDivElement>(null)

  useEffect(() => setActive(-1), [hits])

  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', onDown)
    return () => document.removeEventListener('mousedown', onDown)
  }, [])

  const choose = (hit: SearchHit) => {
    onSelect(hit)
    setInput(hit.title)
    setOpen(false)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!open || hits.length === 0) return
    if (e.key === 'ArrowDown') {
      e.preventDefault()
      setActive((i) => (i + 1) % hits.length)
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      setActive((i) => (i <= 0 ? hits.length - 1 : i - 1))
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault()
      choose(hits[active])
    } else if (e.key === 'Escape') {
      setOpen(false)
    }
  }

  return (
    <div className="search-box" ref={rootRef}>
      <input
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={input}
        placeholder={placeholder}
        onChange={(e) => {
          setInput(e.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {loading && <span className="search-box__spinner" aria-hidden />}
      {open && query.trim().length >= minChars && (
        <ul id={listId} role="listbox" className="search-box__list">
          {error && <li className="search-box__error">{error}</li>}
          {!error && !loading && hits.length === 0 && <li className="search-box__empty">No results</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
              onMouseEnter={() => setActive(i)}
            >
              <strong>{hit.title}</strong>
              {hit.subtitle && <small>{hit.subtitle}</small>}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
