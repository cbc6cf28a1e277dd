package service

import (
	"context"
	"log/slog"
	"sync"
)

// Lifecycle is a service a Stack runs. Start brings it up (ctx bounds
// start-up only); Close stops it, waits for its goroutines and releases
// what it holds. A Stack calls each at most once, Close only after a Start
// that returned nil.
type Lifecycle interface {
	Start(ctx context.Context) error
	Close() error
}

// Funcs is a Lifecycle made of two functions; either may be nil. A Func's
// Start may build the service it runs (a host, a subscription) from what
// the services started before it made.
type Funcs struct {
	OnStart func(ctx context.Context) error
	OnClose func() error
}

// Start calls OnStart.
func (f Funcs) Start(ctx context.Context) error {
	if f.OnStart == nil {
		return nil
	}
	return f.OnStart(ctx)
}

// Close calls OnClose.
func (f Funcs) Close() error {
	if f.OnClose == nil {
		return nil
	}
	return f.OnClose()
}

type state int

const (
	stateNew state = iota
	stateRunning
	stateClosed
)

type entry struct {
	name    string
	l       Lifecycle
	started bool
}

// Stack runs registered services in order. The zero value is not ready:
// use New.
type Stack struct {
	log *slog.Logger

	mu      sync.Mutex
	state   state
	entries []*entry
}

// New returns an empty stack; log (nil: discard) hears each service start
// and stop at debug level.
func New(log *slog.Logger) *Stack {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Stack{log: log}
}

// Register adds a service, started after those registered before it and
// closed before them.
func (s *Stack) Register(name string, l Lifecycle) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch s.state {
	case stateRunning:
		return ErrRunning
	case stateClosed:
		return ErrClosed
	}
	s.entries = append(s.entries, &entry{name: name, l: l})
	return nil
}

// Hold registers a resource acquired while the stack is built (an open
// store, a data directory lock): it counts as started, so that Close, and
// a failed Start, release it with the rest, in reverse order.
func (s *Stack) Hold(name string, release func() error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch s.state {
	case stateRunning:
		return ErrRunning
	case stateClosed:
		return ErrClosed
	}
	s.entries = append(s.entries, &entry{name: name, l: Funcs{OnClose: release}, started: true})
	return nil
}

// Services names the registered services, in start order.
func (s *Stack) Services() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, len(s.entries))
	for i, e := range s.entries {
		out[i] = e.name
	}
	return out
}

// Start starts every service in registration order. When one fails, the
// ones started before it are closed in reverse order and Start returns a
// *StartError; the stack is then closed.
func (s *Stack) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch s.state {
	case stateRunning:
		return ErrStarted
	case stateClosed:
		return ErrClosed
	}
	s.state = stateRunning
	for _, e := range s.entries {
		if e.started {
			continue // held since the stack was built
		}
		if err := ctx.Err(); err != nil {
			return s.rollback(e.name, err)
		}
		s.log.Debug("starting", "service", e.name)
		if err := e.l.Start(ctx); err != nil {
			return s.rollback(e.name, err)
		}
		e.started = true
	}
	return nil
}

// rollback closes what started and records the failure; s.mu is held.
func (s *Stack) rollback(name string, err error) error {
	s.state = stateClosed
	return &StartError{Failure: Failure{Service: name, Err: err}, Rollback: s.closeStarted()}
}

// closeStarted closes the started services in reverse order; s.mu is held.
func (s *Stack) closeStarted() []Failure {
	var fs []Failure
	for i := len(s.entries) - 1; i >= 0; i-- {
		e := s.entries[i]
		if !e.started {
			continue
		}
		e.started = false
		s.log.Debug("closing", "service", e.name)
		if err := e.l.Close(); err != nil {
			fs = append(fs, Failure{Service: e.name, Err: err})
		}
	}
	return fs
}

// Close closes every started (or held) service in reverse order and
// returns a *StopError naming each that failed, or nil. It is safe to call
// twice, and before Start (only what is held is released). A service's
// Close must not call back into its stack.
func (s *Stack) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state == stateClosed {
		return nil
	}
	s.state = stateClosed
	if fs := s.closeStarted(); len(fs) > 0 {
		return &StopError{Failures: fs}
	}
	return nil
}

// Running reports whether the stack started and has not closed.
func (s *Stack) Running() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state == stateRunning
}
