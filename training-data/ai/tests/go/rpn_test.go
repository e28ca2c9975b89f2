package calc

import (
	"errors"
	"math"
	"testing"
)

// Test basic addition
func TestEvalAddition(t *testing.T) {
	result, err := EvalRPN("2 3 +")
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	if result != 5 {
		t.Errorf("expected 5, got %v", result)
	}
}

// Test operator precedence is handled by the order of tokens
func TestEvalMixedOperators(t *testing.T) {
	result, err := EvalRPN("5 1 2 + 4 * + 3 -")
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	if result != 14 {
		t.Errorf("expected 14, got %v", result)
	}
}

// Test division with floating point result
func TestEvalDivision(t *testing.T) {
	result, err := EvalRPN("7 2 /")
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	if math.Abs(result-3.5) > 1e-9 {
		t.Errorf("expected 3.5, got %v", result)
	}
}

// Test negative numbers are parsed as operands
func TestEvalNegativeNumbers(t *testing.T) {
	result, err := EvalRPN("-4 2 *")
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	if result != -8 {
		t.Errorf("expected -8, got %v", result)
	}
}

// Test division by zero returns the right error
func TestEvalDivideByZero(t *testing.T) {
	_, err := EvalRPN("1 0 /")
	if err == nil {
		t.Fatal("expected an error, got nil")
	}
	if !errors.Is(err, ErrDivideByZero) {
		t.Errorf("expected ErrDivideByZero, got %v", err)
	}
}

// Test not enough operands
func TestEvalStackUnderflow(t *testing.T) {
	_, err := EvalRPN("1 +")
	if err == nil {
		t.Fatal("expected an error, got nil")
	}
	if !errors.Is(err, ErrStackUnderflow) {
		t.Errorf("expected ErrStackUnderflow, got %v", err)
	}
}

// Test leftover operands on the stack
func TestEvalTooManyOperands(t *testing.T) {
	_, err := EvalRPN("1 2 3 +")
	if err == nil {
		t.Fatal("expected an error, got nil")
	}
	if !errors.Is(err, ErrLeftoverOperands) {
		t.Errorf("expected ErrLeftoverOperands, got %v", err)
	}
}

// Test unknown token
func TestEvalUnknownToken(t *testing.T) {
	_, err := EvalRPN("2 3 ^")
	if err == nil {
		t.Fatal("expected an error for unknown token")
	}
}

// Test empty input
func TestEvalEmptyInput(t *testing.T) {
	_, err := EvalRPN("   ")
	if err == nil {
		t.Fatal("expected an error for empty input")
	}
}
