package gossip

import (
	"context"
	"crypto/ecdsa"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/zkpool/aoraki/p2p/host"
)

type member struct {
	h     *host.Host
	key   *ecdsa.PrivateKey
	r     *Router
	topic *Topic[*wrapperspb.StringValue]
	sub   *Subscription[*wrapperspb.StringValue]
}

func testConfig() Config {
	c := DefaultConfig("devnet")
	c.Heartbeat = 100 * time.Millisecond
	c.ScoreInspect = 50 * time.Millisecond
	c.ScoreWhitelist = []string{"127.0.0.0/8"}
	return c
}

// testSpec: payload "evil" is provably invalid, "unknown" is ignored.
func testSpec() Spec[*wrapperspb.StringValue] {
	return Spec[*wrapperspb.StringValue]{
		Name: "segments", MaxSize: 2048,
		New: func() *wrapperspb.StringValue { return new(wrapperspb.StringValue) },
		Check: func(_ context.Context, m *Message[*wrapperspb.StringValue]) error {
			switch m.Payload.Value {
			case "evil":
				return ErrReject
			case "unknown":
				return ErrIgnore
			}
			return nil
		},
	}
}

func newHost(t testing.TB) *host.Host {
	t.Helper()
	h, err := host.New(host.LocalConfig("devnet", host.RoleNode, t.TempDir()), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

func newMember(t testing.TB, cfg Config) *member {
	t.Helper()
	m := &member{h: newHost(t)}
	m.key, _ = crypto.GenerateKey()
	r, err := New(m.h, m.key, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	m.r = r
	if m.topic, err = Join(r, testSpec()); err != nil {
		t.Fatal(err)
	}
	if m.sub, err = m.topic.Subscribe(); err != nil {
		t.Fatal(err)
	}
	return m
}

func connect(t testing.TB, a, b *host.Host) {
	t.Helper()
	if err := a.Connect(context.Background(), peer.AddrInfo{ID: b.ID(), Addrs: b.Addrs()}); err != nil {
		t.Fatal(err)
	}
}

// waitFor waits on router events until cond holds; the context bounds a
// failing test, it is not a timed assertion.
func waitFor(t testing.TB, r *Router, what string, cond func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for {
		ch := r.Changed()
		if cond() {
			return
		}
		select {
		case <-ch:
		case <-ctx.Done():
			t.Fatalf("gave up waiting for %s (outcomes %v, scores %v)", what, r.Outcomes(), r.Scores())
		}
	}
}

type ecdsaPrivateKey = ecdsa.PrivateKey
