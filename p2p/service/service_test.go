package service_test

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/zkpool/aoraki/p2p/service"
	"github.com/zkpool/aoraki/p2p/service/servicetest"
)

// recorder logs every start and close in order.
type recorder struct {
	mu  sync.Mutex
	log []string
}

func (r *recorder) add(s string) {
	r.mu.Lock()
	r.log = append(r.log, s)
	r.mu.Unlock()
}

func (r *recorder) svc(name string, startErr, closeErr error) service.Lifecycle {
	return service.Funcs{
		OnStart: func(context.Context) error { r.add("start " + name); return startErr },
		OnClose: func() error { r.add("close " + name); return closeErr },
	}
}

func TestStartsInOrderClosesInReverse(t *testing.T) {
	var r recorder
	s := service.New(nil)
	for _, n := range []string{"a", "b", "c"} {
		if err := s.Register(n, r.svc(n, nil, nil)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !s.Running() {
		t.Fatal("not running after Start")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	want := []string{"start a", "start b", "start c", "close c", "close b", "close a"}
	if !slices.Equal(r.log, want) {
		t.Fatalf("got %v, want %v", r.log, want)
	}
	if !slices.Equal(s.Services(), []string{"a", "b", "c"}) {
		t.Fatalf("services %v", s.Services())
	}
}

func TestFailedStartRollsBack(t *testing.T) {
	var r recorder
	boom, stuck := errors.New("boom"), errors.New("stuck")
	s := service.New(nil)
	s.Hold("store", func() error { r.add("release store"); return nil })
	s.Register("a", r.svc("a", nil, stuck))
	s.Register("b", r.svc("b", boom, nil))
	s.Register("c", r.svc("c", nil, nil))
	err := s.Start(context.Background())
	var se *service.StartError
	if !errors.As(err, &se) || se.Service != "b" || !errors.Is(err, boom) || !errors.Is(err, stuck) {
		t.Fatalf("err = %v, want b's boom with a's stuck rollback", err)
	}
	if len(se.Rollback) != 1 || se.Rollback[0].Service != "a" {
		t.Fatalf("rollback %v", se.Rollback)
	}
	want := []string{"start a", "start b", "close a", "release store"}
	if !slices.Equal(r.log, want) {
		t.Fatalf("got %v, want %v", r.log, want)
	}
	// Rolled back: closed, and closing again does nothing.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); !errors.Is(err, service.ErrClosed) {
		t.Fatalf("start after a failed start: %v", err)
	}
	if !slices.Equal(r.log, want) {
		t.Fatalf("got %v after Close, want %v", r.log, want)
	}
}

func TestStopErrorsCollected(t *testing.T) {
	var r recorder
	e1, e2 := errors.New("one"), errors.New("two")
	s := service.New(nil)
	s.Register("a", r.svc("a", nil, e1))
	s.Register("b", r.svc("b", nil, nil))
	s.Register("c", r.svc("c", nil, e2))
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	err := s.Close()
	var se *service.StopError
	if !errors.As(err, &se) || !errors.Is(err, e1) || !errors.Is(err, e2) {
		t.Fatalf("err = %v, want both failures", err)
	}
	if len(se.Failures) != 2 || se.Failures[0].Service != "c" || se.Failures[1].Service != "a" {
		t.Fatalf("failures %+v, want c then a", se.Failures)
	}
	// Every service was closed despite the failures.
	want := []string{"start a", "start b", "start c", "close c", "close b", "close a"}
	if !slices.Equal(r.log, want) {
		t.Fatalf("got %v, want %v", r.log, want)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
}

func TestStateRules(t *testing.T) {
	var r recorder
	s := service.New(nil)
	s.Register("a", r.svc("a", nil, nil))
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); !errors.Is(err, service.ErrStarted) {
		t.Fatalf("second start: %v", err)
	}
	if err := s.Register("late", r.svc("late", nil, nil)); !errors.Is(err, service.ErrRunning) {
		t.Fatalf("register while running: %v", err)
	}
	s.Close()
	if err := s.Register("later", r.svc("later", nil, nil)); !errors.Is(err, service.ErrClosed) {
		t.Fatalf("register after close: %v", err)
	}
	// Close before Start releases only what is held.
	var r2 recorder
	s2 := service.New(nil)
	s2.Hold("file", func() error { r2.add("release file"); return nil })
	s2.Register("a", r2.svc("a", nil, nil))
	if err := s2.Close(); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r2.log, []string{"release file"}) {
		t.Fatalf("close before start: %v", r2.log)
	}
}

func TestCancelledStartRollsBack(t *testing.T) {
	var r recorder
	s := service.New(nil)
	ctx, cancel := context.WithCancel(context.Background())
	s.Register("a", service.Funcs{OnStart: func(context.Context) error { r.add("start a"); cancel(); return nil },
		OnClose: func() error { r.add("close a"); return nil }})
	s.Register("b", r.svc("b", nil, nil))
	if err := s.Start(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if !slices.Equal(r.log, []string{"start a", "close a"}) {
		t.Fatalf("got %v", r.log)
	}
}

func TestGoroutineCheckSeesALeak(t *testing.T) {
	// The check itself must be able to fail: a service whose goroutine
	// outlives Close is caught.
	ft := &fakeT{TB: t}
	stop := make(chan struct{})
	defer close(stop)
	func() {
		servicetest.CheckGoroutines(ft, 0)
		go func() { <-stop }()
	}()
	ft.cleanup()
	if !ft.failed {
		t.Fatal("a leaked goroutine went unnoticed")
	}
}

type fakeT struct {
	testing.TB
	cleanups []func()
	failed   bool
}

func (f *fakeT) Cleanup(fn func())     { f.cleanups = append(f.cleanups, fn) }
func (f *fakeT) Errorf(string, ...any) { f.failed = true }
func (f *fakeT) Failed() bool          { return f.failed }
func (f *fakeT) Helper()               {}
func (f *fakeT) cleanup() {
	for i := len(f.cleanups) - 1; i >= 0; i-- {
		f.cleanups[i]()
	}
}
