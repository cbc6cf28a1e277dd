package node

import (
	"sync"
	"time"
)

// Event is one live update (server-sent events on the HTTP API).
type Event struct {
	Kind string         `json:"kind"`
	At   time.Time      `json:"at"`
	Data map[string]any `json:"data"`
}

// events fans node events out to subscribers; a slow subscriber loses
// events rather than slowing the node.
type events struct {
	mu     sync.Mutex
	subs   map[chan Event]struct{}
	closed bool
}

func newEvents() *events { return &events{subs: map[chan Event]struct{}{}} }

func (e *events) publish(kind string, data map[string]any) {
	ev := Event{Kind: kind, At: time.Now(), Data: data}
	e.mu.Lock()
	defer e.mu.Unlock()
	for ch := range e.subs {
		select {
		case ch <- ev:
		default:
		}
	}
}

// Subscribe returns a channel of events and a function that ends the
// subscription (closing the channel).
func (n *Node) Subscribe() (<-chan Event, func()) {
	e := n.events
	ch := make(chan Event, 256)
	e.mu.Lock()
	if e.closed {
		close(ch)
	} else {
		e.subs[ch] = struct{}{}
	}
	e.mu.Unlock()
	return ch, func() {
		e.mu.Lock()
		defer e.mu.Unlock()
		if _, ok := e.subs[ch]; ok {
			delete(e.subs, ch)
			close(ch)
		}
	}
}

func (e *events) close() {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.closed = true
	for ch := range e.subs {
		close(ch)
		delete(e.subs, ch)
	}
}
