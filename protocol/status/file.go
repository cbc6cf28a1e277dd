package status

import (
	"context"
	"log/slog"
	"os"
	"sync"
	"time"
)

// File is the service that keeps a process's status file in its data
// directory: written at Start and every Interval, removed at Close. The
// node and the prover daemon each register one; snapshot says what to
// write (a Node or a Prover), and File stamps it with the process id.
type File struct {
	dir      string
	snapshot func() (any, error)
	log      *slog.Logger

	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// NewFile returns the status file service for dir.
func NewFile(dir string, snapshot func() (any, error), log *slog.Logger) *File {
	if log == nil {
		log = slog.Default()
	}
	return &File{dir: dir, snapshot: snapshot, log: log}
}

func (f *File) write() error {
	v, err := f.snapshot()
	if err != nil {
		return err
	}
	switch s := v.(type) {
	case *Node:
		s.PID = os.Getpid()
	case *Prover:
		s.PID = os.Getpid()
	}
	return Write(f.dir, v)
}

// Start writes the file once (its error is Start's) and then keeps it
// fresh until Close.
func (f *File) Start(context.Context) error {
	if err := f.write(); err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	f.cancel = cancel
	f.wg.Add(1)
	go func() {
		defer f.wg.Done()
		tick := time.NewTicker(Interval)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				if err := f.write(); err != nil {
					f.log.Warn("status file", "err", err)
				}
			}
		}
	}()
	return nil
}

// Close stops the writer and removes the file.
func (f *File) Close() error {
	if f.cancel != nil {
		f.cancel()
	}
	f.wg.Wait()
	return Remove(f.dir)
}
