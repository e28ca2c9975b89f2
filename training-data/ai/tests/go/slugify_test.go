package slug

import "testing"

func TestSlugify(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"empty", "", ""},
		{"simple", "Hello World", "hello-world"},
		{"punctuation", "Hello, World!", "hello-world"},
		{"multiple spaces", "a   b    c", "a-b-c"},
		{"leading trailing", "  --trim me--  ", "trim-me"},
		{"digits", "Go 1.21 release", "go-1-21-release"},
		{"accents", "Crème Brûlée", "creme-brulee"},
		{"underscores", "snake_case_name", "snake-case-name"},
		{"already slug", "already-a-slug", "already-a-slug"},
		{"only symbols", "!@#$%^", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Slugify(tt.in); got != tt.want {
				t.Errorf("Slugify(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSlugifyMaxLen(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"the quick brown fox", 9, "the-quick"},
		{"the quick brown fox", 10, "the-quick"},
		{"the quick brown fox", 100, "the-quick-brown-fox"},
		{"abcdefghij", 4, "abcd"},
		{"hello", 0, ""},
	}
	for _, tt := range tests {
		got := SlugifyMax(tt.in, tt.max)
		if got != tt.want {
			t.Errorf("SlugifyMax(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
		if len(got) > tt.max {
			t.Errorf("SlugifyMax(%q, %d) too long: %d", tt.in, tt.max, len(got))
		}
	}
}

func TestSlugifyIdempotent(t *testing.T) {
	for _, s := range []string{"Hello World", "Crème Brûlée", "a--b", "  x  "} {
		once := Slugify(s)
		if twice := Slugify(once); twice != once {
			t.Errorf("not idempotent for %q: %q -> %q", s, once, twice)
		}
	}
}

func BenchmarkSlugify(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Slugify("The Quick Brown Fox Jumps Over The Lazy Dog")
	}
}
