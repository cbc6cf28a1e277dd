package gossip

import (
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// tracer keeps mesh membership and counts events that lose messages
// (dropped RPCs, throttled peers); pubsub calls it synchronously.
type tracer struct{ r *Router }

var _ pubsub.RawTracer = tracer{}

func (t tracer) Graft(p peer.ID, topic string) {
	t.r.mu.Lock()
	if t.r.mesh[topic] == nil {
		t.r.mesh[topic] = map[peer.ID]bool{}
	}
	t.r.mesh[topic][p] = true
	t.r.notifyLocked()
	t.r.mu.Unlock()
}

func (t tracer) Prune(p peer.ID, topic string) {
	t.r.mu.Lock()
	delete(t.r.mesh[topic], p)
	t.r.notifyLocked()
	t.r.mu.Unlock()
}

func (t tracer) Leave(topic string) {
	t.r.mu.Lock()
	delete(t.r.mesh, topic)
	t.r.mu.Unlock()
}

func (t tracer) DropRPC(*pubsub.RPC, peer.ID)         { t.r.count("*", "trace:drop-rpc") }
func (t tracer) ThrottlePeer(peer.ID)                 { t.r.count("*", "trace:throttle") }
func (t tracer) UndeliverableMessage(*pubsub.Message) { t.r.count("*", "trace:undeliverable") }

// OnNewOutboundStream: pubsub can send to p from now on (its send queue
// and stream exist). A peer's subscription can arrive before that.
func (t tracer) OnNewOutboundStream(p peer.ID, _ protocol.ID) {
	t.r.mu.Lock()
	t.r.sendable[p] = true
	t.r.notifyLocked()
	t.r.mu.Unlock()
}

func (t tracer) OnClosedOutboundStream(p peer.ID) {
	t.r.mu.Lock()
	delete(t.r.sendable, p)
	t.r.notifyLocked()
	t.r.mu.Unlock()
}

func (tracer) Join(string)                                          {}
func (tracer) ValidateMessage(*pubsub.Message)                      {}
func (tracer) DeliverMessage(*pubsub.Message)                       {}
func (tracer) RejectMessage(*pubsub.Message, string)                {}
func (tracer) DuplicateMessage(*pubsub.Message)                     {}
func (tracer) RecvRPC(*pubsub.RPC)                                  {}
func (tracer) SendRPC(*pubsub.RPC, peer.ID)                         {}
func (tracer) SendRPCCompleted(*pubsub.RPC, peer.ID, time.Duration) {}
