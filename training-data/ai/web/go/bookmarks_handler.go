package api

import (
	"database/sql"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

type Bookmark struct {
	ID        int64     `json:"id"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Tags      []string  `json:"tags"`
	CreatedAt time.Time `json:"created_at"`
}

type Store interface {
	List(userID int64, tag string, limit, offset int) ([]Bookmark, error)
	Get(userID, id int64) (Bookmark, error)
	Create(userID int64, b *Bookmark) error
}

type Handler struct {
	store Store
	log   *slog.Logger
}

func NewHandler(store Store, log *slog.Logger) *Handler {
	return &Handler{store: store, log: log}
}

// Routes registers the bookmark endpoints using Go 1.22 method patterns.
func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /bookmarks", h.list)
	mux.HandleFunc("POST /bookmarks", h.create)
	mux.HandleFunc("GET /bookmarks/{id}", h.get)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func intQuery(r *http.Request, key string, def, max int) int {
	v, err := strconv.Atoi(r.URL.Query().Get(key))
	if err != nil || v < 0 {
		return def
	}
	if max > 0 && v > max {
		return max
	}
	return v
}

func (h *Handler) list(w http.ResponseWriter, r *http.Request) {
	uid := userIDFromContext(r.Context())
	tag := strings.ToLower(r.URL.Query().Get("tag"))
	items, err := h.store.List(uid, tag, intQuery(r, "limit", 50, 200), intQuery(r, "offset", 0, 0))
	if err != nil {
		h.log.Error("list bookmarks", "err", err, "user", uid)
		writeError(w, http.StatusInternalServerError, "internal error")
		return
	}
	if items == nil {
		items = []Bookmark{} // encode as [] rather than null
	}
	writeJSON(w, http.StatusOK, items)
}

func (h *Handler) create(w http.ResponseWriter, r *http.Request) {
	var in struct {
		URL   string   `json:"url"`
		Title string   `json:"title"`
		Tags  []string `json:"tags"`
	}
	r.Body = http.MaxBytesReader(w, r.Body, 1<<16)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		writeError(w, http.StatusBadRequest, "invalid JSON body")
		return
	}
	u, err := url.ParseRequestURI(in.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		writeError(w, http.StatusUnprocessableEntity, "url must be an absolute http(s) URL")
		return
	}
	b := Bookmark{URL: u.String(), Title: strings.TrimSpace(in.Title), Tags: normalizeTags(in.Tags)}
	if b.Title == "" {
		b.Title = u.Host
	}
	if err := h.store.Create(userIDFromContext(r.Context()), &b); err != nil {
		h.log.Error("create bookmark", "err", err)
		writeError(w, http.StatusInternalServerError, "internal error")
		return
	}
	w.Header().Set("Location", "/bookmarks/"+strconv.FormatInt(b.ID, 10))
	writeJSON(w, http.StatusCreated, b)
}

func (h *Handler) get(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid id")
		return
	}
	b, err := h.store.Get(userIDFromContext(r.Context()), id)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		writeError(w, http.StatusNotFound, "bookmark not found")
	case err != nil:
		h.log.Error("get bookmark", "err", err, "id", id)
		writeError(w, http.StatusInternalServerError, "internal error")
	default:
		writeJSON(w, http.StatusOK, b)
	}
}

func normalizeTags(tags []string) []string {
	seen := make(map[string]bool, len(tags))
	out := make([]string, 0, len(tags))
	for _, t := range tags {
		t = strings.ToLower(strings.TrimSpace(t))
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}
