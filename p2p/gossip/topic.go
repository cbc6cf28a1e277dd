package gossip

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"

	"github.com/zkpool/aoraki/protocol/wire"
)

// Spec describes one topic of payload type T.
type Spec[T proto.Message] struct {
	// Name is the topic's short name ([a-z0-9-]), e.g. "segments".
	Name string
	// MaxSize caps an encoded envelope on this topic, in bytes.
	MaxSize int
	// New returns an empty payload to decode into.
	New func() T
	// Check is the application's validation, run last; nil accepts all.
	// Return nil to accept, an error wrapping ErrReject to reject as
	// provably invalid, any other error to ignore. Keep it cheap: heavy
	// work (proof checking) belongs after delivery.
	Check func(ctx context.Context, m *Message[T]) error
}

// Message is a validated message of payload type T.
type Message[T proto.Message] struct {
	ID       string         // pubsub message ID (MessageID)
	Sender   common.Address // the Ethereum address that signed it
	From     peer.ID        // the peer that forwarded it to us
	Local    bool           // published by this router
	Sent     time.Time      // the sender's signing time
	Payload  T
	Envelope *wire.Envelope
}

// Topic is a joined topic of payload type T.
type Topic[T proto.Message] struct {
	r     *Router
	spec  Spec[T]
	name  string
	kind  string
	topic *pubsub.Topic
}

var topicName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)

// Join registers the topic's validator chain on r and joins it.
func Join[T proto.Message](r *Router, spec Spec[T]) (*Topic[T], error) {
	if !topicName.MatchString(spec.Name) {
		return nil, fmt.Errorf("%w: topic name %q", ErrConfig, spec.Name)
	}
	if spec.New == nil {
		return nil, fmt.Errorf("%w: topic %s: nil New", ErrConfig, spec.Name)
	}
	if spec.MaxSize < 128 || spec.MaxSize > r.cfg.MaxMessage {
		return nil, fmt.Errorf("%w: topic %s: max size %d outside [128, %d]", ErrConfig, spec.Name, spec.MaxSize, r.cfg.MaxMessage)
	}
	name := TopicName(r.cfg.Network, spec.Name)
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return nil, ErrClosed
	}
	if r.topics[name] {
		r.mu.Unlock()
		return nil, fmt.Errorf("%w: %s", ErrJoined, name)
	}
	r.topics[name] = true
	r.mu.Unlock()

	t := &Topic[T]{r: r, spec: spec, name: name, kind: string(proto.MessageName(spec.New()))}
	if t.kind == "" {
		return nil, fmt.Errorf("%w: topic %s: payload type has no name", ErrConfig, spec.Name)
	}
	if err := r.ps.RegisterTopicValidator(name, t.validate); err != nil {
		return nil, fmt.Errorf("gossip: register validator %s: %w", name, err)
	}
	pt, err := r.ps.Join(name)
	if err != nil {
		_ = r.ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("gossip: join %s: %w", name, err)
	}
	if err := pt.SetScoreParams(r.topicParams()); err != nil {
		_ = pt.Close()
		_ = r.ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("gossip: score params %s: %w", name, err)
	}
	t.topic = pt
	r.mu.Lock()
	r.closers = append(r.closers, func() {
		_ = r.ps.UnregisterTopicValidator(name)
		_ = pt.Close()
	})
	r.mu.Unlock()
	return t, nil
}

// Name returns the full topic name.
func (t *Topic[T]) Name() string { return t.name }

// Peers lists the peers known to be subscribed to the topic.
func (t *Topic[T]) Peers() []peer.ID { return t.topic.ListPeers() }

// Publish signs payload in an envelope and publishes it, first waiting
// (bounded by ctx) until the topic has at least one peer, so that a
// message published right after joining is not lost.
func (t *Topic[T]) Publish(ctx context.Context, payload T) error {
	data, err := t.Seal(payload, t.r.cfg.now())
	if err != nil {
		return err
	}
	return t.PublishRaw(ctx, data)
}

// Seal builds the signed envelope bytes for payload at time at.
func (t *Topic[T]) Seal(payload T, at time.Time) ([]byte, error) {
	body, err := wire.Marshal(payload)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, 16)
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("gossip: nonce: %w", err)
	}
	env := &wire.Envelope{Version: wire.Version, Topic: t.name, TimestampMs: uint64(at.UnixMilli()),
		Nonce: nonce, Kind: t.kind, Payload: body}
	if err := wire.Seal(env, t.r.key); err != nil {
		return nil, err
	}
	data, err := wire.Marshal(env)
	if err != nil {
		return nil, err
	}
	if len(data) > t.spec.MaxSize {
		return nil, fmt.Errorf("%w: envelope of %d bytes above the topic cap %d", ErrReject, len(data), t.spec.MaxSize)
	}
	return data, nil
}

// PublishRaw publishes already sealed envelope bytes (for re-publishing a
// stored message); it waits for topic peers like Publish.
func (t *Topic[T]) PublishRaw(ctx context.Context, data []byte) error {
	// Wait for a subscribed peer ourselves: pubsub's MinTopicSize readiness
	// counts mesh peers, and a publisher that never subscribed to the topic
	// has no mesh (it publishes through fanout), so it would wait forever.
	if err := t.WaitPeers(ctx, 1); err != nil {
		return fmt.Errorf("gossip: publish on %s: %w", t.name, err)
	}
	if err := t.topic.Publish(ctx, data); err != nil {
		return fmt.Errorf("gossip: publish on %s: %w", t.name, err)
	}
	return nil
}

// WaitPeers blocks until at least n peers are subscribed to the topic and
// pubsub can send to them, or ctx ends. Both are needed: a peer's
// subscription can reach us before pubsub has opened its own stream to
// that peer, and a message published in between is dropped for it.
func (t *Topic[T]) WaitPeers(ctx context.Context, n int) error {
	h, err := t.topic.EventHandler()
	if err != nil {
		return fmt.Errorf("gossip: %w", err)
	}
	defer h.Cancel()
	ectx, cancel := context.WithCancel(ctx)
	defer cancel()
	joins := make(chan struct{}, 1)
	go func() { // ends with ectx
		for {
			if _, err := h.NextPeerEvent(ectx); err != nil {
				return
			}
			select {
			case joins <- struct{}{}:
			default:
			}
		}
	}()
	for {
		changed := t.r.Changed()
		have := t.r.countSendable(t.topic.ListPeers())
		if have >= n {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("gossip: %s has %d of %d peers: %w", t.name, have, n, ctx.Err())
		case <-joins:
		case <-changed:
		}
	}
}

// validate runs the chain described in the package doc.
func (t *Topic[T]) validate(ctx context.Context, from peer.ID, pm *pubsub.Message) pubsub.ValidationResult {
	m, res, reason := t.check(ctx, from, pm)
	t.r.count(t.name, reason)
	if res == pubsub.ValidationAccept {
		pm.ValidatorData = m
	} else if res == pubsub.ValidationReject {
		t.r.log.Debug("gossip message rejected", "topic", t.name, "from", from, "reason", reason)
	}
	return res
}

func (t *Topic[T]) check(ctx context.Context, from peer.ID, pm *pubsub.Message) (*Message[T], pubsub.ValidationResult, string) {
	reject := func(why string) (*Message[T], pubsub.ValidationResult, string) {
		return nil, pubsub.ValidationReject, "reject:" + why
	}
	ignore := func(why string) (*Message[T], pubsub.ValidationResult, string) {
		return nil, pubsub.ValidationIgnore, "ignore:" + why
	}
	if len(pm.Data) > t.spec.MaxSize {
		return reject("size")
	}
	env, err := wire.DecodeEnvelope(pm.Data)
	if err != nil {
		return reject("decode")
	}
	if env.Topic != t.name || env.Kind != t.kind {
		return reject("topic")
	}
	payload := t.spec.New()
	if err := wire.Unmarshal(env.Payload, payload); err != nil {
		return reject("payload")
	}
	sender, err := wire.Open(env)
	if err != nil {
		return reject("signature")
	}
	cfg := t.r.cfg
	now := cfg.now()
	sent := time.UnixMilli(int64(env.TimestampMs))
	age := now.Sub(sent)
	switch {
	case age < -cfg.MaxClockSkew:
		return reject("future")
	case age > cfg.Freshness+cfg.StaleGrace:
		return reject("stale")
	case age > cfg.Freshness:
		return ignore("late")
	}
	if t.r.replay.add(string(env.Sender)+string(env.Nonce), now) {
		return ignore("replay")
	}
	m := &Message[T]{ID: pm.ID, Sender: sender, From: from, Local: from == t.r.h.ID(), Sent: sent, Payload: payload, Envelope: env}
	if t.spec.Check != nil {
		if err := t.spec.Check(ctx, m); err != nil {
			if errors.Is(err, ErrReject) {
				return reject("check")
			}
			return ignore("check")
		}
	}
	return m, pubsub.ValidationAccept, "accept"
}

// Subscription delivers validated messages of one topic.
type Subscription[T proto.Message] struct {
	sub *pubsub.Subscription
}

// Subscribe starts receiving the topic's messages (own ones included,
// marked Local). Cancel it when done.
func (t *Topic[T]) Subscribe() (*Subscription[T], error) {
	s, err := t.topic.Subscribe(pubsub.WithBufferSize(256))
	if err != nil {
		return nil, fmt.Errorf("gossip: subscribe %s: %w", t.name, err)
	}
	return &Subscription[T]{sub: s}, nil
}

// Next blocks until the next message, ctx's end or the subscription's
// cancellation.
func (s *Subscription[T]) Next(ctx context.Context) (*Message[T], error) {
	for {
		pm, err := s.sub.Next(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("%w: %v", ErrClosed, err)
		}
		if m, ok := pm.ValidatorData.(*Message[T]); ok {
			return m, nil
		}
	}
}

// Cancel stops the subscription.
func (s *Subscription[T]) Cancel() { s.sub.Cancel() }
