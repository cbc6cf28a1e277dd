package gossip

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/zkpool/aoraki/protocol/wire"
)

// collect reads from sub until want non-local messages with distinct
// values arrived; extra or unexpected values fail the test.
func collect(t *testing.T, m *member, want map[string]bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	got := map[string]bool{}
	for len(got) < len(want) {
		msg, err := m.sub.Next(ctx)
		if err != nil {
			t.Fatalf("host %s got %d of %d messages (%v; outcomes %v): %v", m.h.ID(), len(got), len(want), got, m.r.Outcomes(), err)
		}
		if msg.Local {
			continue
		}
		if !want[msg.Payload.Value] {
			t.Fatalf("host %s received unexpected %q", m.h.ID(), msg.Payload.Value)
		}
		got[msg.Payload.Value] = true
	}
}

// TestMeshDeliversAndPunishes: 12 honest hosts in a sparse mesh and one
// attacker that speaks raw gossipsub (no validators of its own).
func TestMeshDeliversAndPunishes(t *testing.T) {
	const n = 12
	ms := make([]*member, n)
	for i := range ms {
		ms[i] = newMember(t, testConfig())
	}
	for i := range ms { // ring plus chords: every host has 4 links
		connect(t, ms[i].h, ms[(i+1)%n].h)
		connect(t, ms[i].h, ms[(i+3)%n].h)
	}

	ctx := context.Background()
	wctx, wcancel := context.WithTimeout(ctx, 60*time.Second)
	defer wcancel()
	for _, m := range ms {
		if err := m.topic.WaitPeers(wctx, 4); err != nil {
			t.Fatal(err)
		}
		waitFor(t, m.r, "a full mesh", func() bool { return m.r.MeshSize(m.topic.Name()) == 4 })
	}

	// Every subscriber receives every valid announcement.
	want := map[string]bool{}
	for _, p := range []int{0, 5, 9} {
		for k := 0; k < 4; k++ {
			v := fmt.Sprintf("announce-%d-%d", p, k)
			want[v] = true
			if err := ms[p].topic.Publish(ctx, wrapperspb.String(v)); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i, m := range ms {
		w := map[string]bool{}
		for v := range want {
			if v[len("announce-"):][0] != byte('0'+i) || (i != 0 && i != 5 && i != 9) {
				w[v] = true
			}
		}
		collect(t, m, w)
	}

	// The attacker joins with a raw gossipsub router and a key of its own,
	// and links to two honest hosts.
	ah := newHost(t)
	actx, acancel := context.WithCancel(context.Background())
	t.Cleanup(acancel)
	aps, err := pubsub.NewGossipSub(actx, ah, pubsub.WithMessageSignaturePolicy(pubsub.StrictNoSign),
		pubsub.WithNoAuthor(), pubsub.WithMessageIdFn(MessageID))
	if err != nil {
		t.Fatal(err)
	}
	at, err := aps.Join(ms[0].topic.Name())
	if err != nil {
		t.Fatal(err)
	}
	asub, _ := at.Subscribe()
	defer asub.Cancel()
	victims := []*member{ms[0], ms[1]}
	for _, v := range victims {
		connect(t, ah, v.h)
	}
	for _, v := range victims {
		waitForTopicPeer(t, v, ah.ID())
	}
	if err := waitRawPeers(actx, at, 2); err != nil {
		t.Fatal(err)
	}
	akey, _ := crypto.GenerateKey()
	honestKey := ms[3].key
	now := time.Now()
	mk := func(v string, at time.Time, key *ecdsaKey, mutate func(*wire.Envelope)) []byte {
		body, _ := wire.Marshal(wrapperspb.String(v))
		env := &wire.Envelope{Version: 1, Topic: ms[0].topic.Name(), TimestampMs: uint64(at.UnixMilli()),
			Nonce: crypto.Keccak256([]byte(fmt.Sprintf("nonce-%s-%d", v, at.UnixNano()))), Kind: ms[0].topic.kind, Payload: body}
		if err := wire.Seal(env, key); err != nil {
			t.Fatal(err)
		}
		if mutate != nil {
			mutate(env)
		}
		b, _ := wire.Marshal(env)
		return b
	}
	attacks := [][]byte{
		// forged: signed by the attacker, claims an honest sender
		mk("forged", now, akey, func(e *wire.Envelope) { e.Sender = crypto.PubkeyToAddress(honestKey.PublicKey).Bytes() }),
		// oversized
		mk(string(make([]byte, 4096)), now, akey, nil),
		// replayed: an honest message captured ten minutes ago
		mk("captured", now.Add(-10*time.Minute), honestKey, nil),
		// stale, signed by the attacker itself
		mk("old", now.Add(-time.Hour), akey, nil),
	}
	for _, a := range attacks {
		if err := at.Publish(actx, a, pubsub.WithReadiness(pubsub.MinTopicSize(2))); err != nil {
			t.Fatal(err)
		}
	}
	for _, v := range victims {
		o := func() map[string]uint64 { return v.r.Outcomes() }
		name := ms[0].topic.Name()
		waitFor(t, v.r, "every attack rejected", func() bool {
			c := o()
			return c[name+" reject:signature"] >= 1 && c[name+" reject:size"] >= 1 && c[name+" reject:stale"] >= 2
		})
		waitFor(t, v.r, "attacker's score negative", func() bool {
			s, ok := v.r.Scores()[ah.ID()]
			return ok && s < 0
		})
	}
	// The attacker keeps spamming until both victims graylist it.
	for i := 0; ; i++ {
		graylisted := true
		for _, v := range victims {
			s, ok := v.r.Scores()[ah.ID()]
			graylisted = graylisted && ok && s < v.r.cfg.GraylistThreshold
		}
		if graylisted {
			break
		}
		ch := victims[0].r.Changed()
		if err := at.Publish(actx, mk(fmt.Sprintf("spam-%d", i), now.Add(-time.Hour), akey, nil)); err != nil {
			t.Fatal(err)
		}
		select {
		case <-ch:
		case <-time.After(60 * time.Second):
			t.Fatal("gave up waiting for the attacker to be graylisted")
		}
	}
	// Graylisted, the attacker's messages are dropped unread, even valid ones.
	name := ms[0].topic.Name()
	before := []uint64{victims[0].r.Outcomes()[name+" reject:stale"], victims[1].r.Outcomes()[name+" reject:stale"]}
	for i := 0; i < 3; i++ {
		if err := at.Publish(actx, mk(fmt.Sprintf("late-spam-%d", i), now.Add(-time.Hour), akey, nil)); err != nil {
			t.Fatal(err)
		}
	}
	if err := at.Publish(actx, mk("from-attacker", time.Now(), akey, nil)); err != nil {
		t.Fatal(err)
	}
	// Honest traffic continues, to the victims too.
	after := map[string]bool{"after-attack": true}
	if err := ms[6].topic.Publish(ctx, wrapperspb.String("after-attack")); err != nil {
		t.Fatal(err)
	}
	for i, m := range ms {
		if i != 6 {
			collect(t, m, after)
		}
	}
	for i, v := range victims {
		if got := v.r.Outcomes()[name+" reject:stale"]; got != before[i] {
			t.Errorf("victim %d validated %d messages of a graylisted peer", i, got-before[i])
		}
	}
	for _, m := range ms {
		for p, s := range m.r.Scores() {
			if p != ah.ID() && s < 0 {
				t.Errorf("honest peer %s has score %.2f at %s", p, s, m.h.ID())
			}
		}
	}
}

type ecdsaKey = ecdsaPrivateKey

func waitForTopicPeer(t *testing.T, m *member, p peer.ID) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	h, err := m.topic.topic.EventHandler()
	if err != nil {
		t.Fatal(err)
	}
	defer h.Cancel()
	for _, q := range m.topic.Peers() {
		if q == p {
			return
		}
	}
	for {
		ev, err := h.NextPeerEvent(ctx)
		if err != nil {
			t.Fatalf("peer %s never joined the topic: %v", p, err)
		}
		if ev.Type == pubsub.PeerJoin && ev.Peer == p {
			return
		}
	}
}

func waitRawPeers(ctx context.Context, tp *pubsub.Topic, n int) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	h, err := tp.EventHandler()
	if err != nil {
		return err
	}
	defer h.Cancel()
	seen := map[peer.ID]bool{}
	for _, p := range tp.ListPeers() {
		seen[p] = true
	}
	for len(seen) < n {
		ev, err := h.NextPeerEvent(ctx)
		if err != nil {
			return err
		}
		if ev.Type == pubsub.PeerJoin {
			seen[ev.Peer] = true
		}
	}
	return nil
}

// TestPublishWaitsForPeers: a message published before the publisher has
// any topic peer is not lost; Publish blocks until a peer is there.
func TestPublishWaitsForPeers(t *testing.T) {
	a, b := newMember(t, testConfig()), newMember(t, testConfig())
	short, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	if err := a.topic.Publish(short, wrapperspb.String("into the void")); err == nil {
		t.Fatal("publish without peers returned success")
	}
	done := make(chan error, 1)
	go func() { done <- a.topic.Publish(context.Background(), wrapperspb.String("first")) }()
	connect(t, a.h, b.h)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	collect(t, b, map[string]bool{"first": true})
}
