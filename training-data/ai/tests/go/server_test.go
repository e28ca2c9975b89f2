package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

type fakeStore struct {
	items map[string]string
	err   error
}

func (f *fakeStore) Get(key string) (string, bool, error) {
	if f.err != nil {
		return "", false, f.err
	}
	v, ok := f.items[key]
	return v, ok, nil
}

func (f *fakeStore) Put(key, value string) error {
	if f.err != nil {
		return f.err
	}
	f.items[key] = value
	return nil
}

func newTestServer(t *testing.T) (*httptest.Server, *fakeStore) {
	t.Helper()
	store := &fakeStore{items: map[string]string{"greeting": "hello"}}
	srv := httptest.NewServer(New(store))
	t.Cleanup(srv.Close)
	return srv, store
}

func TestGetExistingKey(t *testing.T) {
	srv, _ := newTestServer(t)

	resp, err := http.Get(srv.URL + "/kv/greeting")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()

	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status = %d, want 200", resp.StatusCode)
	}
	var body map[string]string
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	if body["value"] != "hello" {
		t.Errorf("value = %q, want %q", body["value"], "hello")
	}
}

func TestGetMissingKeyReturns404(t *testing.T) {
	srv, _ := newTestServer(t)
	resp, err := http.Get(srv.URL + "/kv/nope")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("status = %d, want 404", resp.StatusCode)
	}
}

func TestPutStoresValue(t *testing.T) {
	srv, store := newTestServer(t)

	req, _ := http.NewRequest(http.MethodPut, srv.URL+"/kv/color", strings.NewReader(`{"value":"blue"}`))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()

	if resp.StatusCode != http.StatusNoContent {
		t.Fatalf("status = %d, want 204", resp.StatusCode)
	}
	if got := store.items["color"]; got != "blue" {
		t.Errorf("stored %q, want %q", got, "blue")
	}
}

func TestPutValidation(t *testing.T) {
	tests := []struct {
		name string
		body string
		want int
	}{
		{"invalid json", `{`, http.StatusBadRequest},
		{"missing value", `{}`, http.StatusUnprocessableEntity},
		{"value too long", `{"value":"` + strings.Repeat("x", 5000) + `"}`, http.StatusRequestEntityTooLarge},
	}
	srv, _ := newTestServer(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodPut, srv.URL+"/kv/k", bytes.NewBufferString(tc.body))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.want {
				t.Errorf("status = %d, want %d", resp.StatusCode, tc.want)
			}
		})
	}
}

func TestStoreErrorReturns500(t *testing.T) {
	srv, store := newTestServer(t)
	store.err = errTest

	resp, err := http.Get(srv.URL + "/kv/greeting")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusInternalServerError {
		t.Errorf("status = %d, want 500", resp.StatusCode)
	}
}

func TestMethodNotAllowed(t *testing.T) {
	rec := httptest.NewRecorder()
	New(&fakeStore{items: map[string]string{}}).ServeHTTP(rec, httptest.NewRequest(http.MethodPatch, "/kv/x", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("status = %d, want 405", rec.Code)
	}
}

var errTest = &testError{"store unavailable"}

type testError struct{ msg string }

func (e *testError) Error() string { return e.msg }
