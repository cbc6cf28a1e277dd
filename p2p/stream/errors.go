package stream

import (
	"errors"
	"fmt"

	"github.com/zkpool/aoraki/protocol/wire"
)

var (
	// ErrTooLarge means a frame announced a length above the cap.
	ErrTooLarge = errors.New("stream: frame too large")
	// ErrMalformed means a frame did not decode.
	ErrMalformed = errors.New("stream: malformed frame")
	// ErrLimitedConn means the protocol refuses relayed (limited) connections.
	ErrLimitedConn = errors.New("stream: protocol refuses relayed connections")
	// ErrSpec means a Spec is invalid.
	ErrSpec = errors.New("stream: invalid spec")
)

// StatusError is a non-OK status returned by the remote handler.
type StatusError struct {
	Code    wire.Status_Code
	Message string
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("stream: remote status %s: %s", e.Code, e.Message)
}

// Errorf makes a handler error that reaches the client with code and the
// formatted message (truncated to MaxStatusMessage bytes).
func Errorf(code wire.Status_Code, format string, args ...any) error {
	return &StatusError{Code: code, Message: fmt.Sprintf(format, args...)}
}
