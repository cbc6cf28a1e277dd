package web

import "errors"

var (
	// ErrConfig reports an invalid Config.
	ErrConfig = errors.New("web: invalid config")
	// ErrStarted reports a second Start.
	ErrStarted = errors.New("web: already started")
	// ErrClosed reports a Start after Close, or a task asked of a closed
	// service.
	ErrClosed = errors.New("web: closed")
	// ErrNotFound reports an unknown task.
	ErrNotFound = errors.New("web: no such task")
	// ErrBusy reports that the service already runs as many tasks (or
	// trainings) as it may at once.
	ErrBusy = errors.New("web: busy")
	// ErrUpload reports an upload that is malformed, too large or not a
	// model, samples or training set that can be proven; a
	// *tree.InputError in its chain locates the problem in the file.
	ErrUpload = errors.New("web: bad upload")
	// ErrTooLarge reports a request body over Config.MaxUpload.
	ErrTooLarge = errors.New("web: upload too large")
	// ErrNotVerified reports a result whose receipt did not verify here.
	ErrNotVerified = errors.New("web: receipt does not verify")
)
