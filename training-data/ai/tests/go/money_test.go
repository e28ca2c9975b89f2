package money

import (
	"errors"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		want    Amount
		wantErr error
	}{
		{name: "whole units", input: "12", want: Amount{Cents: 1200}},
		{name: "with cents", input: "12.34", want: Amount{Cents: 1234}},
		{name: "one decimal", input: "0.5", want: Amount{Cents: 50}},
		{name: "negative", input: "-3.07", want: Amount{Cents: -307}},
		{name: "thousands separator", input: "1,234.00", want: Amount{Cents: 123400}},
		{name: "leading spaces", input: "  7.00", want: Amount{Cents: 700}},
		{name: "too many decimals", input: "1.234", wantErr: ErrPrecision},
		{name: "empty", input: "", wantErr: ErrSyntax},
		{name: "letters", input: "12a", wantErr: ErrSyntax},
		{name: "double dot", input: "1..2", wantErr: ErrSyntax},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.input)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Parse(%q) error = %v, want %v", tt.input, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q) unexpected error: %v", tt.input, err)
			}
			if got != tt.want {
				t.Errorf("Parse(%q) = %+v, want %+v", tt.input, got, tt.want)
			}
		})
	}
}

func TestAmountString(t *testing.T) {
	cases := map[int64]string{
		0:       "0.00",
		5:       "0.05",
		-5:      "-0.05",
		1234:    "12.34",
		100000:  "1000.00",
		-123456: "-1234.56",
	}
	for cents, want := range cases {
		if got := (Amount{Cents: cents}).String(); got != want {
			t.Errorf("Amount{%d}.String() = %q, want %q", cents, got, want)
		}
	}
}

func TestAllocateDistributesRemainder(t *testing.T) {
	parts, err := Amount{Cents: 100}.Allocate(1, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	want := []int64{34, 33, 33}
	var sum int64
	for i, p := range parts {
		if p.Cents != want[i] {
			t.Errorf("part %d = %d, want %d", i, p.Cents, want[i])
		}
		sum += p.Cents
	}
	if sum != 100 {
		t.Errorf("parts sum to %d, want 100", sum)
	}
}

func TestAllocateRejectsZeroRatios(t *testing.T) {
	if _, err := (Amount{Cents: 100}).Allocate(0, 0); err == nil {
		t.Fatal("expected error for all-zero ratios")
	}
}

func TestAddOverflow(t *testing.T) {
	big := Amount{Cents: 1<<63 - 1}
	if _, err := big.Add(Amount{Cents: 1}); !errors.Is(err, ErrOverflow) {
		t.Fatalf("expected ErrOverflow, got %v", err)
	}
}

func BenchmarkParse(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Parse("1,234,567.89"); err != nil {
			b.Fatal(err)
		}
	}
}
