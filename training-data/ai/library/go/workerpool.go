package workerpool

import (
	"context"
	"errors"
	"sync"
)

type Task[T any] func(ctx context.Context) (T, error)

type Result[T any] struct {
	Index int
	Value T
	Err   error
}

// Run executes tasks with at most `workers` running concurrently and returns
// results in the same order as the input. If failFast is true the first error
// cancels the remaining tasks.
func Run[T any](ctx context.Context, workers int, failFast bool, tasks []Task[T]) ([]Result[T], error) {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	results := make([]Result[T], len(tasks))
	jobs := make(chan int)
	var wg sync.WaitGroup

	var firstErr error
	var errOnce sync.Once

	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if ctx.Err() != nil {
					results[i] = Result[T]{Index: i, Err: ctx.Err()}
					continue
				}
				v, err := safeCall(ctx, tasks[i])
				results[i] = Result[T]{Index: i, Value: v, Err: err}
				if err != nil && failFast {
					errOnce.Do(func() {
						firstErr = err
						cancel()
					})
				}
			}
		}()
	}

feed:
	for i := range tasks {
		select {
		case jobs <- i:
		case <-ctx.Done():
			for j := i; j < len(tasks); j++ {
				results[j] = Result[T]{Index: j, Err: ctx.Err()}
			}
			break feed
		}
	}
	close(jobs)
	wg.Wait()

	if firstErr != nil {
		return results, firstErr
	}
	return results, nil
}

var ErrPanic = errors.New("task panicked")

func safeCall[T any](ctx context.Context, t Task[T]) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.Join(ErrPanic, panicError{r})
		}
	}()
	return t(ctx)
}

type panicError struct{ v any }

func (p panicError) Error() string {
	if e, ok := p.v.(error); ok {
		return e.Error()
	}
	if s, ok := p.v.(string); ok {
		return s
	}
	return "unknown panic value"
}

// Map is a convenience wrapper applying fn to every input concurrently.
func Map[In, Out any](ctx context.Context, workers int, inputs []In, fn func(context.Context, In) (Out, error)) ([]Out, error) {
	tasks := make([]Task[Out], len(inputs))
	for i, in := range inputs {
		in := in
		tasks[i] = func(ctx context.Context) (Out, error) { return fn(ctx, in) }
	}
	res, err := Run(ctx, workers, true, tasks)
	if err != nil {
		return nil, err
	}
	out := make([]Out, len(res))
	for i, r := range res {
		out[i] = r.Value
	}
	return out, nil
}
