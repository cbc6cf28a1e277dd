package gossip

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"fmt"
	"log/slog"
	"maps"
	"sync"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
)

// TopicName returns /zkpool/<network>/<name>/1.
func TopicName(network, name string) string { return "/zkpool/" + network + "/" + name + "/1" }

// MessageID is the pubsub message ID: SHA-256 over the topic, a zero byte
// and the data. It depends on content only, never on who forwarded it.
func MessageID(m *pb.Message) string {
	h := sha256.New()
	h.Write([]byte(m.GetTopic()))
	h.Write([]byte{0})
	h.Write(m.Data)
	return string(h.Sum(nil))
}

// Router owns the gossipsub instance of one host.
type Router struct {
	cfg    Config
	h      host.Host
	key    *ecdsa.PrivateKey
	log    *slog.Logger
	ps     *pubsub.PubSub
	ctx    context.Context
	cancel context.CancelFunc
	replay *replayCache
	params *pubsub.PeerScoreParams

	mu       sync.Mutex
	topics   map[string]bool
	scores   map[peer.ID]float64
	mesh     map[string]map[peer.ID]bool
	sendable map[peer.ID]bool // peers pubsub has an outbound stream to
	outcomes map[string]uint64
	changed  chan struct{} // closed and replaced on every scores/outcomes change
	closed   bool
	closers  []func()
}

// New starts a gossipsub router on h that signs with key.
func New(h host.Host, key *ecdsa.PrivateKey, cfg Config, log *slog.Logger) (*Router, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if key == nil {
		return nil, fmt.Errorf("%w: nil signing key", ErrConfig)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	wl, _ := cfg.whitelist()
	r := &Router{
		cfg: cfg, h: h, key: key, log: log,
		replay:   newReplayCache(cfg.ReplayCacheSize, cfg.Freshness+cfg.StaleGrace+cfg.MaxClockSkew),
		topics:   make(map[string]bool),
		outcomes: make(map[string]uint64),
		mesh:     make(map[string]map[peer.ID]bool),
		sendable: make(map[peer.ID]bool),
		changed:  make(chan struct{}),
	}
	r.ctx, r.cancel = context.WithCancel(context.Background())
	r.params = &pubsub.PeerScoreParams{
		Topics:                      map[string]*pubsub.TopicScoreParams{},
		TopicScoreCap:               100,
		AppSpecificScore:            func(peer.ID) float64 { return 0 },
		AppSpecificWeight:           1,
		IPColocationFactorWeight:    -10,
		IPColocationFactorThreshold: 4,
		IPColocationFactorWhitelist: wl,
		BehaviourPenaltyWeight:      -10,
		BehaviourPenaltyThreshold:   6,
		BehaviourPenaltyDecay:       pubsub.ScoreParameterDecay(10 * cfg.Heartbeat * 60),
		DecayInterval:               max(cfg.Heartbeat, 1e9),
		DecayToZero:                 0.01,
		RetainScore:                 10 * cfg.Freshness,
	}
	thresholds := &pubsub.PeerScoreThresholds{
		GossipThreshold:             cfg.GossipThreshold,
		PublishThreshold:            cfg.PublishThreshold,
		GraylistThreshold:           cfg.GraylistThreshold,
		AcceptPXThreshold:           10,
		OpportunisticGraftThreshold: 2,
	}
	gp := pubsub.DefaultGossipSubParams()
	gp.HeartbeatInterval = cfg.Heartbeat
	ps, err := pubsub.NewGossipSub(r.ctx, h,
		pubsub.WithGossipSubParams(gp),
		pubsub.WithMessageSignaturePolicy(pubsub.StrictNoSign),
		pubsub.WithNoAuthor(),
		pubsub.WithMessageIdFn(MessageID),
		pubsub.WithValidateQueueSize(cfg.ValidateQueue),
		pubsub.WithPeerOutboundQueueSize(cfg.OutboundQueue),
		pubsub.WithMaxMessageSize(cfg.MaxMessage),
		pubsub.WithSeenMessagesTTL(cfg.seenTTL()),
		pubsub.WithPeerExchange(true),
		pubsub.WithFloodPublish(true),
		pubsub.WithPeerScore(r.params, thresholds),
		pubsub.WithPeerScoreInspect(pubsub.PeerScoreInspectFn(r.onScores), cfg.ScoreInspect),
		pubsub.WithLogger(log),
		pubsub.WithRawTracer(tracer{r}),
	)
	if err != nil {
		r.cancel()
		return nil, fmt.Errorf("gossip: %w", err)
	}
	r.ps = ps
	return r, nil
}

// topicParams scores one topic: first deliveries earn a little, invalid
// deliveries cost quadratically (four rejected messages pass the
// default graylist threshold), time in mesh earns a little.
func (r *Router) topicParams() *pubsub.TopicScoreParams {
	return &pubsub.TopicScoreParams{
		TopicWeight:                     1,
		TimeInMeshWeight:                0.01,
		TimeInMeshQuantum:               r.cfg.Heartbeat,
		TimeInMeshCap:                   100,
		FirstMessageDeliveriesWeight:    0.5,
		FirstMessageDeliveriesDecay:     pubsub.ScoreParameterDecay(10 * 60 * r.cfg.Heartbeat),
		FirstMessageDeliveriesCap:       40,
		InvalidMessageDeliveriesWeight:  r.cfg.InvalidWeight,
		InvalidMessageDeliveriesDecay:   pubsub.ScoreParameterDecay(60 * 60 * r.cfg.Heartbeat),
		MeshMessageDeliveriesDecay:      0.5,
		MeshFailurePenaltyDecay:         0.5,
		MeshMessageDeliveriesActivation: 1e9,
	}
}

func (r *Router) onScores(s map[peer.ID]float64) {
	r.mu.Lock()
	r.scores = s
	r.notifyLocked()
	r.mu.Unlock()
}

func (r *Router) notifyLocked() {
	close(r.changed)
	r.changed = make(chan struct{})
}

func (r *Router) count(topic, outcome string) {
	r.mu.Lock()
	r.outcomes[topic+" "+outcome]++
	r.notifyLocked()
	r.mu.Unlock()
}

// Scores returns the latest snapshot of peer scores (refreshed every
// ScoreInspect).
func (r *Router) Scores() map[peer.ID]float64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return maps.Clone(r.scores)
}

// Outcomes counts validation outcomes by "<topic> <accept|reject|ignore>:<reason>".
func (r *Router) Outcomes() map[string]uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return maps.Clone(r.outcomes)
}

// Changed returns a channel closed at the next change of Scores or
// Outcomes: wait on it instead of sleeping.
func (r *Router) Changed() <-chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.changed
}

// countSendable is how many of ps pubsub can send to now.
func (r *Router) countSendable(ps []peer.ID) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, p := range ps {
		if r.sendable[p] {
			n++
		}
	}
	return n
}

// MeshSize returns how many peers this router has grafted in topic's mesh.
func (r *Router) MeshSize(topic string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.mesh[topic])
}

// Config returns the router's configuration.
func (r *Router) Config() Config { return r.cfg }

// PubSub exposes the underlying router (for metrics and tests).
func (r *Router) PubSub() *pubsub.PubSub { return r.ps }

// Close leaves every topic and stops the router; it is safe to call twice.
func (r *Router) Close() error {
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return nil
	}
	r.closed = true
	closers := r.closers
	r.mu.Unlock()
	for i := len(closers) - 1; i >= 0; i-- {
		closers[i]()
	}
	r.cancel()
	return nil
}
