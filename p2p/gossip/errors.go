package gossip

import "errors"

var (
	// ErrReject, returned (wrapped) by a topic's Check, rejects a message
	// as provably invalid: the forwarding peer loses score.
	ErrReject = errors.New("gossip: reject")
	// ErrIgnore, returned (wrapped) by a topic's Check, drops a message
	// without penalty: unknown task, not for us, too late.
	ErrIgnore = errors.New("gossip: ignore")
	// ErrConfig means a Config or Spec is invalid.
	ErrConfig = errors.New("gossip: invalid config")
	// ErrClosed means the router or subscription is closed.
	ErrClosed = errors.New("gossip: closed")
	// ErrJoined means the topic was already joined on this router.
	ErrJoined = errors.New("gossip: topic already joined")
)
