// Package shortener implements a small in-memory URL shortener exposed over HTTP.
//
// Routes:
//
//	POST /shorten        body: {"url": "https://..."}  -> 201 {"code": "...", "short_url": "..."}
//	GET  /{code}         -> 302 redirect to the original URL
package shortener

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
)

const (
	codeLength   = 7
	codeAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	maxBodyBytes = 4 << 10
	maxURLLength = 2048
)

var errInvalidURL = errors.New("url must be an absolute http or https URL")

// Store keeps short codes in memory. It is safe for concurrent use.
type Store struct {
	mu      sync.RWMutex
	entries map[string]string
	baseURL string
}

// NewStore returns an empty store. baseURL is used to build short links,
// e.g. "https://sho.rt".
func NewStore(baseURL string) *Store {
	return &Store{entries: make(map[string]string), baseURL: strings.TrimRight(baseURL, "/")}
}

// newCode returns a random code drawn from codeAlphabet.
func newCode() (string, error) {
	buf := make([]byte, codeLength)
	if _, err := rand.Read(buf); err != nil {
		return "", fmt.Errorf("generate code: %w", err)
	}
	for i, b := range buf {
		buf[i] = codeAlphabet[int(b)%len(codeAlphabet)]
	}
	return string(buf), nil
}

// validateURL checks that raw is an absolute http(s) URL of sensible length.
func validateURL(raw string) error {
	if raw == "" || len(raw) > maxURLLength {
		return errInvalidURL
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return errInvalidURL
	}
	return nil
}

// Routes registers the shortener handlers on mux.
func (s *Store) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/shorten", s.handleShorten)
	mux.HandleFunc("/", s.handleRedirect)
}

func (s *Store) handleShorten(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, "method not allowed")
		return
	}

	var req struct {
		URL string `json:"url"`
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "invalid JSON body")
		return
	}
	if err := validateURL(req.URL); err != nil {
		writeError(w, http.StatusUnprocessableEntity, err.Error())
		return
	}

	s.mu.Lock()
	var code string
	for {
		c, err := newCode()
		if err != nil {
			s.mu.Unlock()
			writeError(w, http.StatusInternalServerError, "could not generate code")
			return
		}
		if _, taken := s.entries[c]; !taken {
			code = c
			break
		}
	}
	s.entries[code] = req.URL
	s.mu.Unlock()

	writeJSON(w, http.StatusCreated, map[string]string{
		"code":      code,
		"short_url": s.baseURL + "/" + code,
	})
}

func (s *Store) handleRedirect(w http.ResponseWriter, r *http.Request) {
	code := strings.TrimPrefix(r.URL.Path, "/")
	if code == "" || strings.Contains(code, "/") {
		http.NotFound(w, r)
		return
	}

	s.mu.RLock()
	target, ok := s.entries[code]
	s.mu.RUnlock()

	if !ok {
		http.NotFound(w, r)
		return
	}
	http.Redirect(w, r, target, http.StatusFound)
}

func writeJSON(w http.ResponseWriter, status int, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
