package chaos

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/p2p/blob"
	"github.com/zkpool/aoraki/p2p/gossip"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/netstack"
	"github.com/zkpool/aoraki/p2p/peering"
	pb "github.com/zkpool/aoraki/protocol/market"
)

// Flood is what a rogue peer sends.
type Flood struct {
	// Garbage is how many messages of random bytes (1 B to 16 KiB) go on
	// each of the bids and segments topics.
	Garbage int
	// Forged is how many bids for the task, each with its signature's
	// last byte flipped.
	Forged int
	// Replays is how many times one valid bid is published again.
	Replays int
}

// floodGossip joins the network as a stranger with a fresh key on the
// provers' topics and sends f, for task (hex id). It returns how many
// messages went out.
func floodGossip(ctx context.Context, r *Run, task string, f Flood, logw io.Writer) (int, error) {
	n, err := network.Load(r.Net.State().NetworkFile)
	if err != nil {
		return 0, err
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return 0, err
	}
	dir := filepath.Join(r.Dir, "rogue")
	cfg := netstack.Config{Host: p2phost.LocalConfig(n.Name(), p2phost.RoleProver, dir), Gossip: gossip.DefaultConfig(n.Name()),
		Peering: peering.DefaultConfig(n.Name(), false), Bootstrap: n.BootstrapPeers, BlobDir: filepath.Join(dir, "blobs"), Blob: blob.DefaultConfig()}
	log := slog.New(slog.NewTextHandler(logw, &slog.HandlerOptions{Level: slog.LevelWarn}))
	st, err := netstack.New(cfg, key, log, netstack.Join(netstack.ProverTopics...))
	if err != nil {
		return 0, err
	}
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := st.Start(sctx); err != nil {
		return 0, err
	}
	defer st.Close()
	tp := st.Topics()
	pctx, pcancel := context.WithTimeout(ctx, 30*time.Second)
	defer pcancel()
	if err := tp.Bids.WaitPeers(pctx, 1); err != nil {
		return 0, fmt.Errorf("rogue: no peer on the bids topic: %w", err)
	}
	sent := 0
	pub := func(raw func(context.Context, []byte) error, data []byte) {
		if raw(ctx, data) == nil {
			sent++
		}
	}
	for i := 0; i < f.Garbage && ctx.Err() == nil; i++ {
		b := make([]byte, 1+i*997%(16<<10))
		rand.Read(b)
		pub(tp.Bids.PublishRaw, b)
		pub(tp.Segments.PublishRaw, b)
	}
	id := common.HexToHash(task)
	bid := func(i int) *pb.Bid {
		return &pb.Bid{TaskId: id[:], Index: uint32(i % 8), Attempt: 0, Price: big.NewInt(1).Bytes(), PromisedTime: 1,
			ProverPeer: []byte(st.ID()), Capacity: 100}
	}
	for i := 0; i < f.Forged && ctx.Err() == nil; i++ {
		b, err := tp.Bids.Seal(bid(i), time.Now())
		if err != nil {
			return sent, err
		}
		b[len(b)-1] ^= 0xff
		pub(tp.Bids.PublishRaw, b)
	}
	if f.Replays > 0 {
		b, err := tp.Bids.Seal(bid(0), time.Now())
		if err != nil {
			return sent, err
		}
		for i := 0; i < f.Replays && ctx.Err() == nil; i++ {
			pub(tp.Bids.PublishRaw, b)
		}
	}
	return sent, nil
}
