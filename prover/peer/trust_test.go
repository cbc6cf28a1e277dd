package peer

import (
	"context"
	"crypto/rand"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"google.golang.org/protobuf/proto"

	"github.com/zkpool/aoraki/protocol/cids"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/setup"
)

// badKey is a 169-byte "proving key", as in the review's finding: gnark's
// decoder panics on it.
func badKey() []byte {
	b := make([]byte, 169)
	rand.Read(b)
	return b
}

// TestIgnoresUntrustedAnnouncements performs the forged-announcement
// attacks on the engine: each announcement (followed by an award naming
// the peer, from the same sender) makes it neither bid nor fetch.
func TestIgnoresUntrustedAnnouncements(t *testing.T) {
	f := newFixture(t)
	bad := badKey()
	badCID := cids.Of(bad)
	f.n.blobs[badCID.String()] = bad
	otherTask := make([]byte, 32)
	otherTask[0] = 0xee
	cases := []struct {
		name    string
		sender  [20]byte
		edit    func(*pb.SegmentAnnouncement)
		chain   func(*chainView)
		want    error
		ignored int64
	}{
		{name: "unregistered sender", sender: nobody, want: ErrUntrustedSender, ignored: 1},
		{name: "registered node not holding the task", sender: stranger, want: ErrUntrustedSender, ignored: 1},
		{name: "task unknown to the chain", sender: holder, edit: func(a *pb.SegmentAnnouncement) { a.TaskId = otherTask }, want: ErrUntrustedSender, ignored: 1},
		{name: "task no longer open", sender: holder, chain: func(c *chainView) { c.tasks[fixtureTask] = heldTask{node: holder} }, want: ErrUntrustedSender},
		{name: "chain unreachable", sender: holder, chain: func(c *chainView) { c.err = errors.New("dial tcp: connection refused") }, want: ErrAuthority},
		{name: "family not trusted", sender: holder, edit: func(a *pb.SegmentAnnouncement) {
			a.Artifacts = proto.Clone(a.Artifacts).(*pb.Artifacts)
			a.Artifacts.Family = "hashchain/v1/s999"
		}, want: ErrUntrustedArtifacts, ignored: 1},
		{name: "169-byte proving key", sender: holder, edit: func(a *pb.SegmentAnnouncement) {
			a.Artifacts = proto.Clone(a.Artifacts).(*pb.Artifacts)
			a.Artifacts.Pk = badCID.Bytes()
		}, want: ErrUntrustedArtifacts, ignored: 1},
		{name: "unparsable CID", sender: holder, edit: func(a *pb.SegmentAnnouncement) {
			a.Artifacts = proto.Clone(a.Artifacts).(*pb.Artifacts)
			a.Artifacts.Ccs = []byte{0x01, 0x02}
		}, want: ErrUntrustedArtifacts, ignored: 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f.chain = &chainView{nodes: map[[20]byte]bool{holder: true, stranger: true}, tasks: map[[32]byte]heldTask{fixtureTask: {node: holder, open: true}}}
			if tc.chain != nil {
				tc.chain(f.chain)
			}
			f.n.bids, f.n.fetches = nil, nil
			p := f.peer(t, DefaultConfig())
			a := proto.Clone(f.anns[0]).(*pb.SegmentAnnouncement)
			if tc.edit != nil {
				tc.edit(a)
			}
			if err := p.HandleAnnouncement(context.Background(), tc.sender, a); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			// The attacker's award for the bid it hoped for.
			p.HandleAward(context.Background(), tc.sender, &pb.Award{TaskId: a.TaskId, Index: a.Index, Attempt: a.Attempt,
				Prover: p.address[:], Price: big.NewInt(1).Bytes(), Deadline: uint64(time.Now().Add(time.Minute).UnixMilli())})
			s := p.Stats()
			if f.n.bidCount() != 0 || s.Bids != 0 || s.Awards != 0 || s.Queued != 0 || f.n.fetchCount() != 0 {
				t.Fatalf("acted on it: %d bids published, %d fetches, stats %+v", f.n.bidCount(), f.n.fetchCount(), s)
			}
			if s.Ignored != tc.ignored {
				t.Fatalf("ignored %d, want %d", s.Ignored, tc.ignored)
			}
		})
	}
	// The same peer bids on the node's own announcement: it was listening.
	f.chain = &chainView{nodes: map[[20]byte]bool{holder: true}, tasks: map[[32]byte]heldTask{fixtureTask: {node: holder, open: true}}}
	p := f.peer(t, DefaultConfig())
	if err := f.announce(p, 0); err != nil || f.n.bidCount() != 1 {
		t.Fatalf("no bid on the holder's announcement: %v", err)
	}
}

// gate holds the peer's fetches of one CID until released.
type gate struct {
	c       cid.Cid
	started chan struct{}
	release chan struct{}
}

func newGate(c cid.Cid) *gate {
	return &gate{c: c, started: make(chan struct{}, 1), release: make(chan struct{})}
}

func (g *gate) hold(c cid.Cid) {
	if !c.Equals(g.c) {
		return
	}
	select {
	case g.started <- struct{}{}:
	default:
	}
	<-g.release
}

func waitChan(t *testing.T, c <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-c:
	case <-time.After(time.Minute):
		t.Fatalf("timed out waiting for %s", what)
	}
}

// TestForgedAwardsIgnored performs the forged-award attacks on the
// engine: an award naming the peer, or naming another prover while the
// peer holds the segment, counts only when signed by the node whose
// announcement the peer bid on.
func TestForgedAwardsIgnored(t *testing.T) {
	f := newFixture(t)
	wc, _ := cid.Cast(f.anns[0].WitnessCid)
	g := newGate(wc)
	f.n.onFetch = g.hold
	p := f.peer(t, DefaultConfig())
	if err := f.announce(p, 0); err != nil {
		t.Fatal(err)
	}
	// Awards to us from anyone but the holder: no job.
	for _, from := range [][20]byte{nobody, stranger} {
		f.awardFrom(p, from, 0, p.Address())
	}
	if s := p.Stats(); s.Awards != 0 || s.Queued != 0 || s.Ignored != 2 {
		t.Fatalf("stats after forged awards to us: %+v", s)
	}
	// The holder's award: the job starts and is held at its witness fetch.
	f.award(p, 0, p.Address())
	waitChan(t, g.started, "the job's witness fetch")
	// Forged awards to another prover while we hold the segment.
	for _, from := range [][20]byte{nobody, stranger} {
		f.awardFrom(p, from, 0, [20]byte{0xee})
	}
	if s := p.Stats(); s.Withdrawn != 0 || s.Queued != 1 || s.Ignored != 4 {
		t.Fatalf("stats after forged awards to another prover: %+v", s)
	}
	close(g.release)
	select {
	case d := <-f.n.delivered:
		if err := f.verify(t, d); err != nil {
			t.Fatalf("delivered receipt does not verify: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("the job was not delivered")
	}
	waitFor(t, func() bool { s := p.Stats(); return s.Delivered == 1 && s.Withdrawn == 0 })

	// The holder's own award to another prover still withdraws a held job.
	wc1, _ := cid.Cast(f.anns[1].WitnessCid)
	g1 := newGate(wc1)
	f.n.onFetch = g1.hold
	if err := f.announce(p, 1); err != nil {
		t.Fatal(err)
	}
	f.award(p, 1, p.Address())
	waitChan(t, g1.started, "the second job's witness fetch")
	f.award(p, 1, [20]byte{0xee})
	if s := p.Stats(); s.Withdrawn != 1 || s.Queued != 0 {
		t.Fatalf("the holder's award to another prover did not withdraw the job: %+v", s)
	}
	close(g1.release)
}

// TestPanickingJobKeepsWorker: a job that panics (here in the network
// layer; in the field, a decoder) is a failed segment, and the peer's only
// worker goes on to prove the next one.
func TestPanickingJobKeepsWorker(t *testing.T) {
	f := newFixture(t)
	wc, _ := cid.Cast(f.anns[0].WitnessCid)
	f.n.onFetch = func(c cid.Cid) {
		if c.Equals(wc) {
			panic("decoder blew up")
		}
	}
	cfg := DefaultConfig()
	cfg.Capacity = 1
	p := f.peer(t, cfg)
	f.announce(p, 0)
	f.award(p, 0, p.Address())
	waitFor(t, func() bool { return p.Stats().Failed == 1 })
	f.announce(p, 1)
	f.award(p, 1, p.Address())
	select {
	case d := <-f.n.delivered:
		if err := f.verify(t, d); err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("the worker died with the panicking job")
	}
}

// TestTrustedButCorruptKeyFailsCleanly: even a network that trusts a
// 169-byte proving key only costs a failed segment; the worker proves the
// next family.
func TestTrustedButCorruptKeyFailsCleanly(t *testing.T) {
	f := newFixture(t)
	bad := badKey()
	badCID := cids.Of(bad)
	f.n.blobs[badCID.String()] = bad
	m := f.art.Manifest
	m.Family, m.PK = "hashchain/v1/corrupt", badCID.String()
	st, err := setup.Open(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	trust := Trust{Nodes: f.chain, Artifacts: map[string]setup.Manifest{m.Family: m, f.art.Manifest.Family: f.art.Manifest}}
	p, err := New(DefaultConfig(), st, f.n, trust, [20]byte{0xb0}, []byte("peer-id"), nil)
	if err != nil {
		t.Fatal(err)
	}
	p.SetRate(1e6)
	p.Start(context.Background())
	t.Cleanup(func() { p.Close() })
	a := proto.Clone(f.anns[0]).(*pb.SegmentAnnouncement)
	a.Artifacts.Family, a.Artifacts.Pk = m.Family, badCID.Bytes()
	if err := p.HandleAnnouncement(context.Background(), holder, a); err != nil {
		t.Fatal(err)
	}
	p.HandleAward(context.Background(), holder, &pb.Award{TaskId: a.TaskId, Index: a.Index, Attempt: a.Attempt, Prover: p.address[:],
		Price: big.NewInt(1).Bytes(), Deadline: uint64(time.Now().Add(time.Minute).UnixMilli())})
	waitFor(t, func() bool { return p.Stats().Failed == 1 })
	f.announce(p, 1)
	f.award(p, 1, p.Address())
	select {
	case d := <-f.n.delivered:
		if err := f.verify(t, d); err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("the worker died with the corrupt key")
	}
}

// TestArtifactFetchCaps: each artifact is fetched with the cap of its
// kind, and a trusted blob larger than its cap is never fetched whole.
func TestArtifactFetchCaps(t *testing.T) {
	f := newFixture(t)
	p := f.peer(t, DefaultConfig())
	f.announce(p, 0)
	f.award(p, 0, p.Address())
	waitFor(t, func() bool { return p.Stats().Delivered == 1 })
	m := f.art.Manifest
	n := int64(m.Constraints)
	f.n.mu.Lock()
	caps := map[string]int64{}
	for k, v := range f.n.fetches {
		caps[k] = v
	}
	f.n.mu.Unlock()
	wc, _ := cid.Cast(f.anns[0].WitnessCid)
	for c, want := range map[string]int64{m.VK: MaxVerifyingKey, m.PK: n*pkBytesPerConstraint + artifactSlack,
		m.CCS: n*ccsBytesPerConstraint + artifactSlack, wc.String(): DefaultConfig().MaxWitness} {
		if got, ok := caps[c]; !ok || got != want {
			t.Errorf("fetch of %s with cap %d (fetched: %v), want %d", c, got, ok, want)
		}
	}

	// A peer allowing 1000-byte proving keys refuses this family's.
	f2 := newFixture(t)
	cfg := DefaultConfig()
	cfg.MaxProvingKey = 1000
	p2 := f2.peer(t, cfg)
	f2.announce(p2, 0)
	f2.award(p2, 0, p2.Address())
	waitFor(t, func() bool { return p2.Stats().Failed == 1 })
	if got := f2.n.fetches[m.PK]; got != 1000 {
		t.Fatalf("proving key fetched with cap %d, want 1000", got)
	}
}

func TestNewRejectsBadTrust(t *testing.T) {
	st, _ := setup.Open(t.TempDir(), nil)
	good := setup.Manifest{Family: "hashchain/v1/s4", CCS: cids.Of([]byte("c")).String(), PK: cids.Of([]byte("p")).String(), VK: cids.Of([]byte("v")).String()}
	renamed := good
	renamed.Family = "hashchain/v1/s8"
	badCID := good
	badCID.PK = "not-a-cid"
	for name, trust := range map[string]Trust{
		"no authority":  {Artifacts: map[string]setup.Manifest{good.Family: good}},
		"renamed":       {Nodes: &chainView{}, Artifacts: map[string]setup.Manifest{good.Family: renamed}},
		"malformed CID": {Nodes: &chainView{}, Artifacts: map[string]setup.Manifest{good.Family: badCID}},
	} {
		if _, err := New(DefaultConfig(), st, &node{}, trust, [20]byte{}, nil, nil); !errors.Is(err, ErrConfig) {
			t.Errorf("%s: err = %v, want ErrConfig", name, err)
		}
	}
}
