package chaos

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	pubsub "github.com/libp2p/go-libp2p-pubsub"

	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/p2p/blob"
	"github.com/zkpool/aoraki/p2p/gossip"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/netstack"
	"github.com/zkpool/aoraki/p2p/peering"
	pb "github.com/zkpool/aoraki/protocol/market"
)

// rogue is a stranger on the market: a libp2p peer with a fresh key on
// the provers' topics (segments, bids, awards), used to seal its bids, and
// a second peer whose pubsub validates nothing, so that it sends what it
// likes (pubsub refuses to publish what its own validators refuse).
type rogue struct {
	st     *netstack.Stack
	raw    *p2phost.Host
	ps     *pubsub.PubSub
	topics map[string]*pubsub.Topic
	mu     sync.Mutex
	sent   int
}

// startRogue joins r's network and waits until a node hears its bids.
func startRogue(ctx context.Context, r *Run) (*rogue, error) {
	n, err := network.Load(r.Net.State().NetworkFile)
	if err != nil {
		return nil, err
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(r.Dir, "rogue")
	cfg := netstack.Config{Host: p2phost.LocalConfig(n.Name(), p2phost.RoleProver, dir), Gossip: gossip.DefaultConfig(n.Name()),
		Peering: peering.DefaultConfig(n.Name(), false), Bootstrap: n.BootstrapPeers, BlobDir: filepath.Join(dir, "blobs"), Blob: blob.DefaultConfig()}
	log := slog.New(slog.NewTextHandler(r.logw, &slog.HandlerOptions{Level: slog.LevelWarn}))
	st, err := netstack.New(cfg, key, log, netstack.Join(netstack.ProverTopics...))
	if err != nil {
		return nil, err
	}
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := st.Start(sctx); err != nil {
		return nil, err
	}
	g := &rogue{st: st, topics: map[string]*pubsub.Topic{}}
	if err := g.startRaw(sctx, n, filepath.Join(dir, "raw"), log); err != nil {
		g.close()
		return nil, err
	}
	return g, nil
}

// startRaw starts the unvalidating peer, joins the bids and segments
// topics and waits until a node is on the bids topic (segments go out
// to whoever pubsub knows there).
func (g *rogue) startRaw(ctx context.Context, n *network.Network, dir string, log *slog.Logger) (err error) {
	if g.raw, err = p2phost.New(p2phost.LocalConfig(n.Name(), p2phost.RoleProver, dir), log); err != nil {
		return err
	}
	if g.ps, err = pubsub.NewGossipSub(context.Background(), g.raw, pubsub.WithMessageSignaturePolicy(pubsub.StrictNoSign),
		pubsub.WithNoAuthor(), pubsub.WithMessageIdFn(gossip.MessageID), pubsub.WithMaxMessageSize(2<<20)); err != nil {
		return err
	}
	boot, err := p2phost.ParseAddrInfos(n.BootstrapPeers)
	if err != nil {
		return err
	}
	for _, ai := range boot {
		if err := g.raw.Connect(ctx, ai); err != nil {
			return fmt.Errorf("rogue: connect %s: %w", ai.ID, err)
		}
	}
	tp := g.st.Topics()
	for _, name := range []string{tp.Bids.Name(), tp.Segments.Name()} {
		t, err := g.ps.Join(name)
		if err != nil {
			return err
		}
		g.topics[name] = t
		h, err := t.EventHandler()
		if err != nil {
			return err
		}
		for name == tp.Bids.Name() && len(t.ListPeers()) == 0 {
			if _, err := h.NextPeerEvent(ctx); err != nil {
				h.Cancel()
				return fmt.Errorf("rogue: no peer on %s: %w", name, err)
			}
		}
		h.Cancel()
	}
	return nil
}

func (g *rogue) close() error {
	var errs []error
	for _, t := range g.topics {
		errs = append(errs, t.Close())
	}
	if g.raw != nil {
		errs = append(errs, g.raw.Close())
	}
	errs = append(errs, g.st.Close())
	return errors.Join(errs...)
}

// publisher publishes raw bytes on a topic through the unvalidating peer.
func (g *rogue) publisher(name string) func(context.Context, []byte) error {
	t := g.topics[name]
	return func(ctx context.Context, b []byte) error { return t.Publish(ctx, b) }
}

// count is how many messages went out.
func (g *rogue) count() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.sent
}

func (g *rogue) pub(ctx context.Context, raw func(context.Context, []byte) error, data []byte) {
	if raw(ctx, data) == nil {
		g.mu.Lock()
		g.sent++
		g.mu.Unlock()
	}
}

// garbage sends n messages of random bytes (1 B to 16 KiB) on the bids
// and on the segments topic each.
func (g *rogue) garbage(ctx context.Context, n int) {
	tp := g.st.Topics()
	for i := 0; i < n && ctx.Err() == nil; i++ {
		b := make([]byte, 1+i*997%(16<<10))
		rand.Read(b)
		g.pub(ctx, g.publisher(tp.Bids.Name()), b)
		g.pub(ctx, g.publisher(tp.Segments.Name()), b)
	}
}

// bid is a bid at 1 wei for segment i of task.
func (g *rogue) bid(task common.Hash, i int) *pb.Bid {
	return &pb.Bid{TaskId: task[:], Index: uint32(i % 8), Price: big.NewInt(1).Bytes(), PromisedTime: 1,
		ProverPeer: []byte(g.st.ID()), Capacity: 100}
}

// forged sends n bids for task whose signature's last byte is flipped.
func (g *rogue) forged(ctx context.Context, task common.Hash, n int) error {
	tp := g.st.Topics()
	for i := 0; i < n && ctx.Err() == nil; i++ {
		b, err := tp.Bids.Seal(g.bid(task, i), time.Now())
		if err != nil {
			return err
		}
		b[len(b)-1] ^= 0xff
		g.pub(ctx, g.publisher(tp.Bids.Name()), b)
	}
	return nil
}

// replay sends one validly signed bid for task n times.
func (g *rogue) replay(ctx context.Context, task common.Hash, n int) error {
	tp := g.st.Topics()
	b, err := tp.Bids.Seal(g.bid(task, 0), time.Now())
	if err != nil {
		return err
	}
	for i := 0; i < n && ctx.Err() == nil; i++ {
		g.pub(ctx, g.publisher(tp.Bids.Name()), b)
	}
	return nil
}

// floodScenario: a stranger floods the market before and while the task
// runs: garbage first (before the task is submitted), then, once the task
// is paid, bids for it with forged signatures and one real bid replayed.
func floodScenario() Scenario {
	var (
		g    *rogue
		done = make(chan error, 1)
	)
	const garbage, forged, replays = 300, 300, 300
	return Scenario{Name: "gossip-flood",
		Injected: fmt.Sprintf("a stranger floods bids and segments: %d garbage messages (to 16 KiB) before the task, then %d bids with forged signatures and one bid replayed %d times while it runs", 2*garbage, forged, replays),
		Before: func(ctx context.Context, r *Run) (err error) {
			if g, err = startRogue(ctx, r); err != nil {
				return err
			}
			g.garbage(ctx, garbage)
			r.Logf("rogue: %d garbage messages sent before the task", g.count())
			return nil
		},
		Inject: func(ctx context.Context, r *Run) error {
			ev, err := r.WaitStage(ctx, "requester", "paid")
			if err != nil {
				return err
			}
			task := common.HexToHash(ev.Str("task"))
			go func() {
				err := g.forged(ctx, task, forged)
				if err == nil {
					err = g.replay(ctx, task, replays)
				}
				done <- err
			}()
			return nil
		},
		After: func(ctx context.Context, r *Run) error {
			var err error
			select {
			case err = <-done:
			case <-ctx.Done():
				err = ctx.Err()
			}
			r.Logf("rogue: %d messages sent in all", g.count())
			return err
		},
		Cleanup: func(*Run) error {
			if g != nil {
				return g.close()
			}
			return nil
		},
	}
}
