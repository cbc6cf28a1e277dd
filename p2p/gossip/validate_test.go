package gossip

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/zkpool/aoraki/protocol/wire"
)

// clock is a settable test clock.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func sealAt(t *testing.T, tp *Topic[*wrapperspb.StringValue], v string, at time.Time) []byte {
	t.Helper()
	b, err := tp.Seal(wrapperspb.String(v), at)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func resign(t *testing.T, data []byte, mutate func(*wire.Envelope), sign bool) []byte {
	t.Helper()
	env, err := wire.DecodeEnvelope(data)
	if err != nil {
		t.Fatal(err)
	}
	mutate(env)
	if sign {
		k, _ := crypto.GenerateKey()
		if err := wire.Seal(env, k); err != nil {
			t.Fatal(err)
		}
	}
	b, err := wire.Marshal(env)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestValidatorChain(t *testing.T) {
	clk := &clock{t: time.Unix(1_764_000_000, 0)}
	cfg := testConfig()
	cfg.Now = clk.now
	m := newMember(t, cfg)
	tp := m.topic
	now := clk.t
	other, _ := crypto.GenerateKey()
	otherAddr := crypto.PubkeyToAddress(other.PublicKey).Bytes()
	good := sealAt(t, tp, "hello", now)
	dupNonce := resign(t, good, func(e *wire.Envelope) { e.Payload, _ = wire.Marshal(wrapperspb.String("hello again")) }, false)
	// re-seal with the router key so the signature holds, keeping the nonce
	if env, _ := wire.DecodeEnvelope(dupNonce); env != nil {
		_ = wire.Seal(env, m.key)
		dupNonce, _ = wire.Marshal(env)
	}
	nonCanonicalPayload := resign(t, good, func(e *wire.Envelope) { e.Payload = append(e.Payload, 0x18, 0x01) }, true)
	cases := []struct {
		name string
		data []byte
		want pubsub.ValidationResult
		why  string
	}{
		{"valid", good, pubsub.ValidationAccept, "accept"},
		{"oversized", append(good, make([]byte, 2048)...), pubsub.ValidationReject, "reject:size"},
		{"garbage", []byte("not an envelope"), pubsub.ValidationReject, "reject:decode"},
		{"other topic", resign(t, good, func(e *wire.Envelope) { e.Topic = TopicName("devnet", "bids") }, true), pubsub.ValidationReject, "reject:topic"},
		{"other network", resign(t, good, func(e *wire.Envelope) { e.Topic = TopicName("mainnet", "segments") }, true), pubsub.ValidationReject, "reject:topic"},
		{"other kind", resign(t, good, func(e *wire.Envelope) { e.Kind = "zkpool.Other" }, true), pubsub.ValidationReject, "reject:topic"},
		{"bad payload", nonCanonicalPayload, pubsub.ValidationReject, "reject:payload"},
		{"forged sender", resign(t, good, func(e *wire.Envelope) { e.Sender = otherAddr }, false), pubsub.ValidationReject, "reject:signature"},
		{"tampered", resign(t, good, func(e *wire.Envelope) { e.Nonce[0] ^= 1 }, false), pubsub.ValidationReject, "reject:signature"},
		{"future", sealAt(t, tp, "x", now.Add(cfg.MaxClockSkew+time.Second)), pubsub.ValidationReject, "reject:future"},
		{"slightly future", sealAt(t, tp, "x", now.Add(cfg.MaxClockSkew)), pubsub.ValidationAccept, "accept"},
		{"late", sealAt(t, tp, "x", now.Add(-cfg.Freshness-time.Second)), pubsub.ValidationIgnore, "ignore:late"},
		{"stale", sealAt(t, tp, "x", now.Add(-cfg.Freshness-cfg.StaleGrace-time.Second)), pubsub.ValidationReject, "reject:stale"},
		{"replay", good, pubsub.ValidationIgnore, "ignore:replay"},
		{"nonce reuse", dupNonce, pubsub.ValidationIgnore, "ignore:replay"},
		{"app reject", sealAt(t, tp, "evil", now), pubsub.ValidationReject, "reject:check"},
		{"app ignore", sealAt(t, tp, "unknown", now), pubsub.ValidationIgnore, "ignore:check"},
	}
	for _, c := range cases {
		topic := tp.Name()
		msg, res, why := tp.check(context.Background(), "peer", &pubsub.Message{Message: &pb.Message{Data: c.data, Topic: &topic}})
		if res != c.want || why != c.why {
			t.Errorf("%s: got %v %q, want %v %q", c.name, res, why, c.want, c.why)
		}
		if res == pubsub.ValidationAccept && (msg == nil || msg.Sender != crypto.PubkeyToAddress(m.key.PublicKey)) {
			t.Errorf("%s: accepted message lacks its sender", c.name)
		}
	}
	// The replay cache forgets a key once the message could only be stale.
	clk.t = now.Add(cfg.Freshness + cfg.StaleGrace + cfg.MaxClockSkew + time.Second)
	if m.r.replay.add("k", clk.t) || !m.r.replay.add("k", clk.t) {
		t.Fatal("replay cache add/dup broken")
	}
}

func TestJoinAndConfigErrors(t *testing.T) {
	m := newMember(t, testConfig())
	if _, err := Join(m.r, testSpec()); !errors.Is(err, ErrJoined) {
		t.Fatalf("second join: %v", err)
	}
	bad := testSpec()
	bad.Name = "Bad/Name"
	if _, err := Join(m.r, bad); !errors.Is(err, ErrConfig) {
		t.Fatalf("bad name: %v", err)
	}
	bad = testSpec()
	bad.Name, bad.MaxSize = "tiny", 10
	if _, err := Join(m.r, bad); !errors.Is(err, ErrConfig) {
		t.Fatalf("tiny max size: %v", err)
	}
	bad = testSpec()
	bad.Name, bad.New = "nonew", nil
	if _, err := Join(m.r, bad); !errors.Is(err, ErrConfig) {
		t.Fatalf("nil New: %v", err)
	}
	big := testSpec()
	big.Name = "big"
	bt, err := Join(m.r, big)
	if err != nil {
		t.Fatal(err)
	}
	if err := bt.Publish(context.Background(), wrapperspb.String(strings.Repeat("x", 4096))); !errors.Is(err, ErrReject) {
		t.Fatalf("publishing above the cap: %v", err)
	}
	for name, mutate := range map[string]func(*Config){
		"network":    func(c *Config) { c.Network = "Dev Net" },
		"queue":      func(c *Config) { c.ValidateQueue = 1 },
		"heartbeat":  func(c *Config) { c.Heartbeat = 0 },
		"freshness":  func(c *Config) { c.Freshness = 0 },
		"thresholds": func(c *Config) { c.GraylistThreshold = 0 },
		"weight":     func(c *Config) { c.InvalidWeight = 1 },
		"whitelist":  func(c *Config) { c.ScoreWhitelist = []string{"127.0.0.1"} },
	} {
		c := testConfig()
		mutate(&c)
		if err := c.Validate(); !errors.Is(err, ErrConfig) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := New(m.h, nil, testConfig(), nil); !errors.Is(err, ErrConfig) {
		t.Fatalf("nil key: %v", err)
	}
	if err := m.r.Close(); err != nil {
		t.Fatal(err)
	}
	if err := m.r.Close(); err != nil {
		t.Fatal(err)
	}
	other := testSpec()
	other.Name = "after-close"
	if _, err := Join(m.r, other); !errors.Is(err, ErrClosed) {
		t.Fatalf("join after close: %v", err)
	}
}

// FuzzValidate feeds arbitrary bytes to a topic's validator chain: it must
// never panic and never accept a message whose signature does not hold.
func FuzzValidate(f *testing.F) {
	m := newMember(f, testConfig())
	tp := m.topic
	good, _ := tp.Seal(wrapperspb.String("seed"), time.Now())
	f.Add(good)
	f.Add([]byte{})
	f.Add([]byte{0x08, 0x01, 0x12, 0x00})
	topic := tp.Name()
	f.Fuzz(func(t *testing.T, data []byte) {
		msg, res, _ := tp.check(context.Background(), "peer", &pubsub.Message{Message: &pb.Message{Data: data, Topic: &topic}})
		if res == pubsub.ValidationAccept {
			if _, err := wire.Open(msg.Envelope); err != nil {
				t.Fatalf("accepted a message with a bad signature: %v", err)
			}
		}
	})
}
