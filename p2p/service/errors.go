package service

import (
	"errors"
	"fmt"
	"strings"
)

var (
	// ErrStarted reports a second Start.
	ErrStarted = errors.New("service: already started")
	// ErrClosed reports a Start or a Register after Close.
	ErrClosed = errors.New("service: closed")
	// ErrRunning reports a Register after Start.
	ErrRunning = errors.New("service: cannot register on a running stack")
)

// Failure is one service's error.
type Failure struct {
	Service string
	Err     error
}

func (f Failure) Error() string { return f.Service + ": " + f.Err.Error() }

// Unwrap returns the service's error.
func (f Failure) Unwrap() error { return f.Err }

// StartError reports the service that failed to start, and what closing
// the services started before it (the rollback) met.
type StartError struct {
	Failure
	// Rollback lists the errors of closing the started services, in the
	// order they were closed (reverse registration order).
	Rollback []Failure
}

func (e *StartError) Error() string {
	s := "start " + e.Failure.Error()
	if len(e.Rollback) > 0 {
		s += fmt.Sprintf(" (and %d errors rolling back: %s)", len(e.Rollback), joinFailures(e.Rollback))
	}
	return s
}

// Unwrap returns the start error and the rollback errors, for errors.Is
// and errors.As.
func (e *StartError) Unwrap() []error {
	out := []error{e.Failure.Err}
	for _, f := range e.Rollback {
		out = append(out, f)
	}
	return out
}

// StopError collects the errors that closing a stack's services met, in
// the order they were closed (reverse registration order).
type StopError struct {
	Failures []Failure
}

func (e *StopError) Error() string {
	return fmt.Sprintf("close: %d services failed: %s", len(e.Failures), joinFailures(e.Failures))
}

// Unwrap returns every service's error, for errors.Is and errors.As.
func (e *StopError) Unwrap() []error {
	out := make([]error, len(e.Failures))
	for i, f := range e.Failures {
		out[i] = f
	}
	return out
}

func joinFailures(fs []Failure) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = f.Error()
	}
	return strings.Join(parts, "; ")
}
