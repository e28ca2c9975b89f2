import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { renderHook, act } from '@testing-library/react';
import { render, screen, fireEvent } from '@testing-library/react';
import { useCounter } from '../hooks/useCounter';
import { Counter } from '../components/Counter';

describe('useCounter', () => {
  it('starts at the initial value', () => {
    const { result } = renderHook(() => useCounter({ initial: 5 }));
    expect(result.current.count).toBe(5);
  });

  it('defaults to zero', () => {
    const { result } = renderHook(() => useCounter());
    expect(result.current.count).toBe(0);
  });

  it('increments and decrements', () => {
    const { result } = renderHook(() => useCounter());
    act(() => result.current.increment());
    act(() => result.current.increment());
    act(() => result.current.decrement());
    expect(result.current.count).toBe(1);
  });

  it('respects min and max bounds', () => {
    const { result } = renderHook(() => useCounter({ initial: 1, min: 0, max: 2 }));
    act(() => {
      result.current.increment();
      result.current.increment();
      result.current.increment();
    });
    expect(result.current.count).toBe(2);
    act(() => {
      for (let i = 0; i < 5; i++) result.current.decrement();
    });
    expect(result.current.count).toBe(0);
  });

  it('resets to the initial value', () => {
    const { result } = renderHook(() => useCounter({ initial: 3 }));
    act(() => result.current.set(10));
    act(() => result.current.reset());
    expect(result.current.count).toBe(3);
  });

  it('calls onChange only when the value actually changes', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useCounter({ max: 1, onChange }));
    act(() => result.current.increment());
    act(() => result.current.increment()); // clamped, no change
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(1);
  });
});

describe('<Counter />', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('renders the current count', () => {
    render(<Counter initial={7} />);
    expect(screen.getByRole('status')).toHaveTextContent('7');
  });

  it('updates when the buttons are clicked', () => {
    render(<Counter />);
    fireEvent.click(screen.getByRole('button', { name: /increment/i }));
    fireEvent.click(screen.getByRole('button', { name: /increment/i }));
    expect(screen.getByRole('status')).toHaveTextContent('2');
  });

  it('disables the decrement button at the minimum', () => {
    render(<Counter min={0} />);
    expect(screen.getByRole('button', { name: /decrement/i })).toBeDisabled();
  });

  it('auto-increments while the button is held down', () => {
    render(<Counter />);
    const button = screen.getByRole('button', { name: /increment/i });
    fireEvent.mouseDown(button);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    fireEvent.mouseUp(button);
    const value = Number(screen.getByRole('status').textContent);
    expect(value).toBeGreaterThan(1);

    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(Number(screen.getByRole('status').textContent)).toBe(value);
  });
});
