package chaos

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	lpnet "github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"
	"google.golang.org/protobuf/proto"

	"github.com/zkpool/aoraki/chain"
	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/keys"
	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/contract"
	"github.com/zkpool/aoraki/p2p/blob"
	"github.com/zkpool/aoraki/p2p/gossip"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/netproto"
	"github.com/zkpool/aoraki/p2p/netstack"
	"github.com/zkpool/aoraki/p2p/peering"
	"github.com/zkpool/aoraki/protocol/eip712"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/protocol/wire"
	prv "github.com/zkpool/aoraki/prover/peer"
	"github.com/zkpool/aoraki/testnet"
)

// The adversaries' scenarios: provers and strangers that attack the
// market on the real multi-process testnet. Each After shows that the
// attack really happened (else the scenario ran nothing and says so).

// minBidWeiPerMConstraint is the nodes' default bid floor
// (min_bid_wei_per_mconstraint), a thousandth of the default prover price.
var minBidWeiPerMConstraint = big.NewInt(1e9)

// netProver is a prover as a node's /v1/network shows it.
type netProver struct {
	Address string `json:"address"`
	Proven  int    `json:"proven"`
	Failed  int    `json:"failed"`
	Invalid int    `json:"invalid"`
	Banned  bool   `json:"banned"`
}

// proversSeenBy reads node's record of every prover.
func proversSeenBy(ctx context.Context, r *Run, node string) ([]netProver, error) {
	api := r.api(node)
	if api == "" {
		return nil, fmt.Errorf("%s has no API", node)
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+api+"/v1/network", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var v struct {
		Provers []netProver `json:"provers"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		return nil, fmt.Errorf("%s /v1/network: %w", node, err)
	}
	return v.Provers, nil
}

// misbehaving is the set of the bad provers' addresses (lower case).
func misbehaving(r *Run) map[string]string {
	out := map[string]string{}
	for _, p := range r.Net.State().Procs {
		if p.Role == "prover" && p.Misbehave != "" && p.Address != "" {
			out[strings.ToLower(p.Address)] = p.Name
		}
	}
	return out
}

// awardsToBad counts the requester's awards to the misbehaving provers.
func awardsToBad(r *Run) int {
	return r.Count(func(e Event) bool {
		if e.Source != "requester" || e.Stage != "awarded" {
			return false
		}
		p := r.Proc(r.Name(e.Str("prover")))
		return p != nil && p.Misbehave != ""
	})
}

// logLines counts the lines of process name's log that hold every one of
// subs.
func logLines(r *Run, name string, subs ...string) int {
	p := r.Proc(name)
	if p == nil {
		return 0
	}
	b, err := os.ReadFile(p.Log())
	if err != nil {
		return 0
	}
	n := 0
	for l := range bytes.Lines(b) {
		all := true
		for _, s := range subs {
			all = all && bytes.Contains(l, []byte(s))
		}
		if all {
			n++
		}
	}
	return n
}

// hostileSealScenario: the cheapest provers deliver the trust review's
// 196-byte seal (commitment count 2^32−1) as their receipts. After shows
// that the task's node recorded them invalid and that no node died.
func hostileSealScenario() Scenario {
	return Scenario{Name: "prover-hostile-seal",
		Injected: "2 of 4 provers (the cheapest) deliver the 196-byte seal whose commitment count is 2^32−1 as their receipts; 2 tasks",
		Testnet:  badProvers(2, prv.HostileSeal), Tasks: 2,
		After: func(ctx context.Context, r *Run) error {
			if awardsToBad(r) == 0 {
				return fmt.Errorf("no hostile-seal prover won a segment: nothing was tested")
			}
			bad := misbehaving(r)
			invalid := 0
			for _, p := range r.Net.State().Procs {
				if p.Role != "node" {
					continue
				}
				if !p.Running() {
					return fmt.Errorf("%s is not running after the hostile seals", p.Name)
				}
				ps, err := proversSeenBy(ctx, r, p.Name)
				if err != nil {
					return err
				}
				for _, x := range ps {
					if _, ok := bad[strings.ToLower(x.Address)]; ok {
						invalid += x.Invalid
					}
				}
			}
			if invalid == 0 {
				return fmt.Errorf("no node recorded a hostile seal as invalid: none was delivered")
			}
			r.Logf("%d hostile seals refused as invalid; every node still running", invalid)
			return nil
		}}
}

// stealScenario: two provers also prove every segment they bid on that
// the node awarded to another prover, bound to themselves, and deliver
// it. After shows that at least one such delivery reached the node and
// was refused.
func stealScenario() Scenario {
	return Scenario{Name: "prover-steal",
		Injected: "2 of 4 provers (the cheapest) also prove each segment awarded to another prover, bound to themselves, and deliver it as that segment's receipt; 2 tasks",
		Testnet:  badProvers(2, prv.Steal), Tasks: 2, BadDoHonestWork: true,
		After: func(ctx context.Context, r *Run) error {
			// The thieves prove their own awards honestly and are paid for
			// them: every segment a fulfilled receipt pays a thief must be
			// one its node awarded to that thief.
			awarded := map[string]bool{}
			r.Count(func(e Event) bool {
				if e.Source == "requester" && e.Stage == "awarded" {
					awarded[fmt.Sprintf("%s/%d/%s", strings.ToLower(e.Str("task")), num(e, "segment"), strings.ToLower(e.Str("prover")))] = true
				}
				return false
			})
			bad := misbehaving(r)
			r.mu.Lock()
			var paidStolen []string
			for _, o := range r.outcome {
				if o.res == nil || o.res.Receipt == nil {
					continue
				}
				for i, s := range o.res.Receipt.Segments {
					a := strings.ToLower(common.Address(s.Prover).Hex())
					if _, thief := bad[a]; thief && !awarded[fmt.Sprintf("%s/%d/%s", strings.ToLower(o.res.TaskID.Hex()), i, a)] {
						paidStolen = append(paidStolen, fmt.Sprintf("task %s segment %d", o.res.TaskID.Hex()[:10], i))
					}
				}
			}
			r.mu.Unlock()
			if len(paidStolen) > 0 {
				return fmt.Errorf("a thief is paid for segments awarded to others: %s", strings.Join(paidStolen, ", "))
			}
			stolen, refused := 0, 0
			for _, name := range misbehaving(r) {
				stolen += logLines(r, name, "proving a segment awarded to another prover")
				refused += logLines(r, name, "segment failed", "without the award")
			}
			if refused == 0 {
				return fmt.Errorf("no stolen receipt reached a node (%d segments stolen): nothing was tested", stolen)
			}
			r.Logf("%d segments stolen, %d stolen receipts refused by the node", stolen, refused)
			return nil
		}}
}

// lowballScenario: one prover bids at the nodes' bid floor, a thousandth
// of the others' prices, wins, and never delivers.
func lowballScenario() Scenario {
	return Scenario{Name: "prover-lowball-silent",
		Injected: "1 of 4 provers bids at the nodes' bid floor (1e9 wei per million constraints, a thousandth of the others), wins and never delivers; 2 tasks",
		Testnet: func(c *testnet.Config) {
			badProvers(1, prv.Silent)(c)
			c.BadPrice = minBidWeiPerMConstraint
		},
		Tasks: 2,
		After: func(ctx context.Context, r *Run) error {
			n := awardsToBad(r)
			if n == 0 {
				return fmt.Errorf("the lowball prover never won a segment: nothing was tested")
			}
			r.Logf("%d awards to the lowball prover", n)
			return nil
		}}
}

// sealAs signs payload as key on topic, reusing the envelope a topic of
// the rogue's stack seals (its kind and topic name).
func sealAs(key *ecdsa.PrivateKey, sealed []byte) ([]byte, error) {
	env, err := wire.DecodeEnvelope(sealed)
	if err != nil {
		return nil, err
	}
	env.Signature = nil
	if err := wire.Seal(env, key); err != nil {
		return nil, err
	}
	return wire.Marshal(env)
}

// sybilScenario: a crowd of fresh identities, each with its own key, bid
// the floor price with a promise faster than any honest prover on every
// segment announced, and
// never deliver what they win. They are signatures, not processes: one
// stranger's peer gossips every bid.
func sybilScenario(n int) Scenario {
	var (
		g    *rogue
		keys []*ecdsa.PrivateKey
		bids atomic.Int64
		done = make(chan struct{})
		stop context.CancelFunc
	)
	addrs := map[string]bool{}
	return Scenario{Name: "sybil-crowd",
		Injected: fmt.Sprintf("%d fresh identities (keys, one stranger's peer) bid the floor price promising 100 ms (faster than any honest prover) on every segment announced, win and never deliver", n),
		Deadline: 5 * time.Minute,
		Before: func(ctx context.Context, r *Run) (err error) {
			if g, err = startRogue(ctx, r); err != nil {
				return err
			}
			for range n {
				k, err := crypto.GenerateKey()
				if err != nil {
					return err
				}
				keys = append(keys, k)
				addrs[strings.ToLower(crypto.PubkeyToAddress(k.PublicKey).Hex())] = true
			}
			sub, err := g.st.Topics().Segments.Subscribe()
			if err != nil {
				return err
			}
			var bctx context.Context
			bctx, stop = context.WithCancel(context.Background())
			go func() {
				defer close(done)
				defer sub.Cancel()
				tp := g.st.Topics()
				raw := g.publisher(tp.Bids.Name())
				for {
					m, err := sub.Next(bctx)
					if err != nil {
						return
					}
					a := m.Payload
					price := new(big.Int).Mul(minBidWeiPerMConstraint, new(big.Int).SetUint64(a.Constraints))
					price.Div(price, big.NewInt(1e6))
					price.Add(price, big.NewInt(1))
					for _, k := range keys {
						b := &pb.Bid{TaskId: a.TaskId, Index: a.Index, Attempt: a.Attempt, Price: price.Bytes(), PromisedTime: 100,
							ProverPeer: []byte(g.st.ID()), Capacity: 1}
						sealed, err := tp.Bids.Seal(b, time.Now())
						if err != nil {
							continue
						}
						if data, err := sealAs(k, sealed); err == nil && raw(bctx, data) == nil {
							bids.Add(1)
						}
					}
				}
			}()
			return nil
		},
		After: func(ctx context.Context, r *Run) error {
			stop()
			<-done
			won := r.Count(func(e Event) bool {
				return e.Source == "requester" && e.Stage == "awarded" && addrs[strings.ToLower(e.Str("prover"))]
			})
			r.Logf("sybils: %d bids sent, %d awards won", bids.Load(), won)
			if won == 0 {
				return fmt.Errorf("no sybil won an award (%d bids sent): nothing was tested", bids.Load())
			}
			return nil
		},
		Cleanup: func(*Run) error {
			if stop != nil {
				stop()
			}
			if g != nil {
				return g.close()
			}
			return nil
		},
	}
}

// forgedAwardsScenario: a stranger gossips, for every segment the node
// awards, an award of the same segment to another prover, signed by its
// own key (the trust review's forged awards).
func forgedAwardsScenario() Scenario {
	var (
		g      *rogue
		forged atomic.Int64
	)
	return Scenario{Name: "forged-awards",
		Injected: "a stranger gossips, for each segment the task's node awards, an award of it to another prover signed by its own key",
		Before: func(ctx context.Context, r *Run) (err error) {
			if g, err = startRogue(ctx, r); err != nil {
				return err
			}
			// Nodes do not subscribe to awards: the stranger dials the
			// provers themselves (as any peer may), so that its awards reach
			// them.
			n := 0
			for _, p := range r.Net.State().Procs {
				if p.Role != "prover" {
					continue
				}
				ai, err := procAddr(r, p.Name)
				if err != nil {
					return err
				}
				if err := g.st.Host().Connect(ctx, *ai); err != nil {
					return fmt.Errorf("rogue: connect %s: %w", p.Name, err)
				}
				n++
			}
			wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			defer cancel()
			return g.st.Topics().Awards.WaitPeers(wctx, n)
		},
		Inject: func(ctx context.Context, r *Run) error {
			// Every award the requester reports, from its start, gets its
			// forgery, until the task is verified.
			seen := 0
			for {
				c := 0
				ev, err := r.Wait(ctx, "an award or the result", func(e Event) bool {
					if e.Source != "requester" || (e.Stage != "verified" && e.Stage != "awarded") {
						return false
					}
					c++
					return c > seen
				})
				if err != nil {
					return err
				}
				if ev.Stage == "verified" {
					return nil
				}
				seen++
				to := otherProver(r, r.Name(ev.Str("prover")))
				a := &pb.Award{TaskId: common.HexToHash(ev.Str("task")).Bytes(), Index: uint32(num(ev, "segment")), Attempt: uint32(num(ev, "attempt")),
					Prover: common.HexToAddress(r.Proc(to).Address).Bytes(), Price: big.NewInt(1e12).Bytes(),
					Deadline: uint64(time.Now().Add(time.Minute).UnixMilli())}
				if err := g.st.Topics().Awards.Publish(ctx, a); err != nil {
					return err
				}
				forged.Add(1)
			}
		},
		After: func(ctx context.Context, r *Run) error {
			if forged.Load() == 0 {
				return fmt.Errorf("no award forged: nothing was tested")
			}
			r.Logf("%d awards forged", forged.Load())
			return nil
		},
		Cleanup: func(*Run) error {
			if g != nil {
				return g.close()
			}
			return nil
		},
	}
}

// num reads a number of an event's detail.
func num(e Event, key string) int64 {
	switch v := e.Detail[key].(type) {
	case float64:
		return int64(v)
	case int:
		return int64(v)
	case uint32:
		return int64(v)
	case int64:
		return v
	case uint64:
		return int64(v)
	}
	return 0
}

// otherProver is a prover other than name.
func otherProver(r *Run, name string) string {
	for _, p := range r.Net.State().Procs {
		if p.Role == "prover" && p.Name != name && p.Address != "" {
			return p.Name
		}
	}
	return ""
}

// streamFloodScenario: one stranger's peer opens thousands of upload
// streams to the task's node and holds them open, writing nothing.
func streamFloodScenario(n int) Scenario {
	var (
		g                      *rogue
		opened, refused, tried atomic.Int64
		mu                     sync.Mutex
		held                   []lpnet.Stream
		done                   = make(chan struct{})
	)
	return Scenario{Name: "stream-flood",
		Injected: fmt.Sprintf("one stranger's peer opens %d upload streams to the task's node while the task runs, holding each open without a byte", n),
		Before: func(ctx context.Context, r *Run) (err error) {
			g, err = startRogue(ctx, r)
			return err
		},
		Inject: func(ctx context.Context, r *Run) error {
			defer close(done)
			node, err := taskNode(ctx, r)
			if err != nil {
				return err
			}
			id, err := addrOf(r, node)
			if err != nil {
				return err
			}
			h := g.st.Host()
			if err := h.Connect(ctx, *id); err != nil {
				return fmt.Errorf("connect %s: %w", node, err)
			}
			next := make(chan struct{})
			var wg sync.WaitGroup
			for range 64 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for range next {
						tried.Add(1)
						sctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
						s, err := h.NewStream(sctx, id.ID, netproto.Upload.ID())
						cancel()
						if err != nil {
							refused.Add(1)
							continue
						}
						opened.Add(1)
						mu.Lock()
						held = append(held, s)
						mu.Unlock()
					}
				}()
			}
			for i := 0; i < n && ctx.Err() == nil; i++ {
				next <- struct{}{}
			}
			close(next)
			wg.Wait()
			r.Logf("stream flood on %s: %d tried, %d opened, %d refused", node, tried.Load(), opened.Load(), refused.Load())
			return nil
		},
		After: func(ctx context.Context, r *Run) error {
			<-done
			if tried.Load() < int64(n) || opened.Load() == 0 {
				return fmt.Errorf("the flood tried %d streams of %d, opened %d: nothing was tested", tried.Load(), n, opened.Load())
			}
			return nil
		},
		Cleanup: func(*Run) error {
			mu.Lock()
			for _, s := range held {
				s.Reset()
			}
			held = nil
			mu.Unlock()
			if g != nil {
				return g.close()
			}
			return nil
		},
	}
}

// addrOf is node name's libp2p address, from its bootstrap address.
func addrOf(r *Run, name string) (*peer.AddrInfo, error) {
	p := r.Proc(name)
	if p == nil || p.Bootstrap == "" {
		return nil, fmt.Errorf("%s has no libp2p address", name)
	}
	return peer.AddrInfoFromString(p.Bootstrap)
}

// lateSybilNodesScenario: once the task is paid, three fresh node
// identities (unused dev keys 6 to 8) register with the minimum stake and
// never attest. Before the per-task verifier set they raised the
// threshold read at fulfil (3 nodes: from 2 of the 2 others to 4 of 5),
// forcing a refund and the honest node's slash.
//
// The provers are frozen (SIGSTOP) from before the task until the sybils
// are registered, so the task cannot be fulfilled first, however loaded
// the machine: the registrations land while it runs, every time.
func lateSybilNodesScenario() Scenario {
	var (
		registered time.Time
		before     uint32
		sybils     []common.Address
	)
	provers := func(r *Run) []string {
		var names []string
		for _, p := range r.Net.State().Procs {
			if p.Role == "prover" {
				names = append(names, p.Name)
			}
		}
		return names
	}
	thaw := func(r *Run) error {
		var errs []error
		for _, name := range provers(r) {
			errs = append(errs, r.Net.Thaw(name))
		}
		return errors.Join(errs...)
	}
	return Scenario{Name: "sybil-nodes-late",
		Injected: "3 fresh node identities register with the minimum stake once the task is paid (more than a third of the set; the provers frozen until then) and never attest",
		Before: func(ctx context.Context, r *Run) error {
			for _, name := range provers(r) {
				if err := r.Net.Freeze(name); err != nil {
					return err
				}
			}
			r.Logf("provers frozen until the sybil nodes are registered")
			return nil
		},
		Cleanup: thaw,
		Inject: func(ctx context.Context, r *Run) (err error) {
			defer func() {
				if terr := thaw(r); terr != nil && err == nil {
					err = terr
				}
			}()
			if _, err := r.WaitStage(ctx, "requester", "paid"); err != nil {
				return err
			}
			n, err := network.Load(r.Net.State().NetworkFile)
			if err != nil {
				return err
			}
			eth, err := chain.Dial(ctx, n.RPCURL)
			if err != nil {
				return err
			}
			defer eth.Close()
			var (
				wg   sync.WaitGroup
				mu   sync.Mutex
				errs []error
			)
			for i := 6; i <= 8; i++ {
				key := keys.Dev(i, nil).Private()
				tx, err := txmgr.New(ctx, eth, key, txmgr.DefaultConfig(), nil)
				if err != nil {
					return err
				}
				defer tx.Close()
				c, err := contract.New(eth, tx, n.Contract, n.DeployBlock)
				if err != nil {
					return err
				}
				if i == 6 {
					if before, err = c.VerifierCount(ctx); err != nil {
						return err
					}
				}
				sybils = append(sybils, tx.From())
				wg.Add(1)
				go func() {
					defer wg.Done()
					min, err := c.MinStake(ctx)
					if err == nil {
						err = c.Register(ctx, min)
					}
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}()
			}
			wg.Wait()
			if err := errors.Join(errs...); err != nil {
				return fmt.Errorf("register the sybil nodes: %w", err)
			}
			registered = time.Now()
			r.Logf("3 sybil nodes registered: %v", sybils)
			return nil
		},
		After: func(ctx context.Context, r *Run) error {
			ev, err := r.WaitStage(ctx, "requester", "fulfilled")
			if err != nil {
				return err
			}
			if registered.IsZero() || !registered.Before(ev.At) {
				return fmt.Errorf("the sybil nodes registered after the task was fulfilled: nothing was tested")
			}
			n, err := network.Load(r.Net.State().NetworkFile)
			if err != nil {
				return err
			}
			eth, err := chain.Dial(ctx, n.RPCURL)
			if err != nil {
				return err
			}
			defer eth.Close()
			ac, err := aoraki.New(eth, nil, n.Contract, new(big.Int).SetUint64(n.ChainID))
			if err != nil {
				return err
			}
			after, err := ac.VerifierCount(ctx)
			if err != nil {
				return err
			}
			if after != before+3 {
				return fmt.Errorf("verifier set %d before the sybils, %d after: want 3 more", before, after)
			}
			r.Logf("verifier set %d → %d while the task ran; fulfilled by the original set", before, after)
			return nil
		}}
}

// procAddr is process name's libp2p address, from the line its host logs
// at start ("p2p host started" peer=… addrs="[…]").
func procAddr(r *Run, name string) (*peer.AddrInfo, error) {
	p := r.Proc(name)
	if p == nil {
		return nil, fmt.Errorf("no process %s", name)
	}
	b, err := os.ReadFile(p.Log())
	if err != nil {
		return nil, err
	}
	var last []byte
	for l := range bytes.Lines(b) {
		if bytes.Contains(l, []byte(`msg="p2p host started"`)) {
			last = l
		}
	}
	if last == nil {
		return nil, fmt.Errorf("%s logged no p2p address", name)
	}
	var ai peer.AddrInfo
	for _, f := range strings.Fields(string(last)) {
		if v, ok := strings.CutPrefix(f, "peer="); ok {
			id, err := peer.Decode(v)
			if err != nil {
				return nil, err
			}
			ai.ID = id
		}
	}
	_, rest, _ := strings.Cut(string(last), `addrs="[`)
	list, _, _ := strings.Cut(rest, "]")
	for _, a := range strings.Fields(list) {
		m, err := multiaddr.NewMultiaddr(a)
		if err != nil {
			return nil, err
		}
		ai.Addrs = append(ai.Addrs, m)
	}
	if ai.ID == "" || len(ai.Addrs) == 0 {
		return nil, fmt.Errorf("%s: no address in %q", name, last)
	}
	return &ai, nil
}

// startStack joins r's network as a peer with key on topics.
func startStack(ctx context.Context, r *Run, key *ecdsa.PrivateKey, dir string, topics ...netstack.Topic) (*netstack.Stack, error) {
	n, err := network.Load(r.Net.State().NetworkFile)
	if err != nil {
		return nil, err
	}
	dir = filepath.Join(r.Dir, dir)
	cfg := netstack.Config{Host: p2phost.LocalConfig(n.Name(), p2phost.RoleNode, dir), Gossip: gossip.DefaultConfig(n.Name()),
		Peering: peering.DefaultConfig(n.Name(), false), Bootstrap: n.BootstrapPeers, BlobDir: filepath.Join(dir, "blobs"), Blob: blob.DefaultConfig()}
	log := slog.New(slog.NewTextHandler(r.logw, &slog.HandlerOptions{Level: slog.LevelWarn}))
	st, err := netstack.New(cfg, key, log, netstack.Join(topics...))
	if err != nil {
		return nil, err
	}
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := st.Start(sctx); err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

// payoutsScenario: the task's node, besides its honest proposal, puts to
// its verifiers a proposal of the same result and receipt whose payouts
// do not match who proved what: the first prover's whole share goes to
// the node. The node is played by the suite with the node's own key (a
// public dev key), from a second peer, so it is signed as the node signs.
// No verifier may attest to it; the honest proposal is fulfilled.
func payoutsScenario() Scenario {
	var (
		l         *listener
		forged    atomic.Int64
		forgedFor = map[string]bool{} // payouts hashes forged
		signedBad atomic.Int64
		mu        sync.Mutex
		done      = make(chan struct{})
		stop      = func() {}
	)
	return Scenario{Name: "node-payouts-mismatch",
		Injected: "the task's node (its key, from a second peer) also proposes the task's result with the first prover's share paid to itself instead",
		Before: func(ctx context.Context, r *Run) (err error) {
			// The second peer listens to the verifier set's topics from the
			// start: the honest proposal comes once, seconds after payment.
			l, err = listen(ctx, r, "impostor")
			return err
		},
		Inject: func(ctx context.Context, r *Run) error {
			node, err := taskNode(ctx, r)
			if err != nil {
				return err
			}
			key, err := devKeyOf(r, node)
			if err != nil {
				return err
			}
			reqs, atts, st := l.reqs, l.atts, l.st
			actx, cancel := context.WithCancel(context.Background())
			stop = cancel
			go func() {
				defer close(done)
				for {
					m, err := atts.Next(actx)
					if err != nil {
						return
					}
					mu.Lock()
					if forgedFor[string(m.Payload.PayoutsHash)] {
						signedBad.Add(1)
						r.Logf("%s attested the forged payouts", m.Sender.Hex())
					}
					mu.Unlock()
				}
			}()
			nodeAddr := common.HexToAddress(r.Proc(node).Address)
			for {
				m, err := reqs.Next(ctx)
				if err != nil {
					return err
				}
				if m.Local || m.Sender != nodeAddr || len(m.Payload.Payouts) < 2 {
					continue
				}
				req := proto.Clone(m.Payload).(*pb.AttestationRequest)
				var payouts []eip712.Payout
				for _, p := range req.Payouts {
					payouts = append(payouts, eip712.Payout{To: common.BytesToAddress(p.To), Amount: new(big.Int).SetBytes(p.Amount)})
				}
				// The first payout that is not the node's goes to the node.
				from, to := -1, -1
				for i, p := range payouts {
					switch {
					case p.To == nodeAddr && to < 0:
						to = i
					case p.To != nodeAddr && from < 0:
						from = i
					}
				}
				if from < 0 || to < 0 {
					continue
				}
				payouts[to].Amount = new(big.Int).Add(payouts[to].Amount, payouts[from].Amount)
				payouts = slices.Delete(payouts, from, from+1)
				req.Payouts = nil
				for _, p := range payouts {
					req.Payouts = append(req.Payouts, &pb.Payout{To: p.To.Bytes(), Amount: p.Amount.Bytes()})
				}
				h, err := eip712.PayoutsHash(payouts)
				if err != nil {
					return err
				}
				req.PayoutsHash = h.Bytes()
				mu.Lock()
				forgedFor[string(req.PayoutsHash)] = true
				mu.Unlock()
				sealed, err := st.Topics().AttestRequests.Seal(req, time.Now())
				if err == nil {
					sealed, err = sealAs(key, sealed)
				}
				if err != nil {
					return err
				}
				if err := st.Topics().AttestRequests.PublishRaw(ctx, sealed); err != nil {
					return err
				}
				forged.Add(1)
				r.Logf("forged proposal of task %x: payouts %v", req.TaskId, payouts)
				// Wait until every verifier refused it (or attested it, the
				// invariant's failure), reading their logs.
				return waitLogs(ctx, r, node, "refused to attest", "task="+common.BytesToHash(req.TaskId).Hex(), "for segments its seals bind to")
			}
		},
		After: func(ctx context.Context, r *Run) error {
			stop()
			if forged.Load() == 0 {
				return fmt.Errorf("no forged proposal published: nothing was tested")
			}
			<-done
			if n := signedBad.Load(); n > 0 {
				return fmt.Errorf("%d attestations of the forged payouts", n)
			}
			return nil
		},
		Cleanup: func(*Run) error {
			stop()
			return l.close()
		},
	}
}

// waitLogs waits until every node but except logged a line holding all
// of subs (a verifier's verdict has no event of its own).
func waitLogs(ctx context.Context, r *Run, except string, subs ...string) error {
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	for {
		all := true
		for _, p := range r.Net.State().Procs {
			if p.Role == "node" && p.Name != except && logLines(r, p.Name, subs...) == 0 {
				all = false
			}
		}
		if all {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w: waiting for every verifier to log %q: %v", ErrScenario, subs, ctx.Err())
		case <-t.C:
		}
	}
}

// listener is a peer on the verifier set's topics (proposals and
// attestations), subscribed before the task, as the suite's impostors use.
type listener struct {
	st   *netstack.Stack
	reqs *gossip.Subscription[*pb.AttestationRequest]
	atts *gossip.Subscription[*pb.Attestation]
}

func listen(ctx context.Context, r *Run, dir string) (*listener, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	l := &listener{}
	if l.st, err = startStack(ctx, r, key, dir, netstack.AttestRequests, netstack.Attestations); err != nil {
		return nil, err
	}
	if l.reqs, err = l.st.Topics().AttestRequests.Subscribe(); err != nil {
		l.close()
		return nil, err
	}
	if l.atts, err = l.st.Topics().Attestations.Subscribe(); err != nil {
		l.close()
		return nil, err
	}
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := l.st.Topics().AttestRequests.WaitPeers(wctx, 1); err != nil {
		l.close()
		return nil, err
	}
	return l, nil
}

func (l *listener) close() error {
	if l == nil {
		return nil
	}
	if l.reqs != nil {
		l.reqs.Cancel()
	}
	if l.atts != nil {
		l.atts.Cancel()
	}
	return l.st.Close()
}

// devKeyOf is the dev key of node name (testnet node i runs dev key i).
func devKeyOf(r *Run, name string) (*ecdsa.PrivateKey, error) {
	p := r.Proc(name)
	for i := 1; p != nil && i <= testnet.MaxNodes; i++ {
		if k := keys.Dev(i, nil).Private(); strings.EqualFold(crypto.PubkeyToAddress(k.PublicKey).Hex(), p.Address) {
			return k, nil
		}
	}
	return nil, fmt.Errorf("no dev key for %s", name)
}

// lazyVerifierScenario: the task's node proposes a wrong result (its key,
// from a second peer) and one verifier signs it without checking (its key:
// a lazy verifier); the other verifier checks and refuses. The lazy
// attestation is gossiped, and `fulfill` with it is tried on the chain
// (eth_call from the node): the task's quorum (both other nodes of three)
// is not reached. The honest proposal is fulfilled.
func lazyVerifierScenario() Scenario {
	var (
		l        *listener
		reverted string
		honest   atomic.Int64 // honest attestations of the wrong result
	)
	return Scenario{Name: "lazy-verifier",
		Injected: "the task's node also proposes a wrong result; one verifier signs it without checking and gossips it; fulfill with it is tried on chain",
		Before: func(ctx context.Context, r *Run) (err error) {
			l, err = listen(ctx, r, "impostor")
			return err
		},
		Inject: func(ctx context.Context, r *Run) error {
			node, err := taskNode(ctx, r)
			if err != nil {
				return err
			}
			lazy := otherNode(r, node)
			nodeKey, err := devKeyOf(r, node)
			if err != nil {
				return err
			}
			lazyKey, err := devKeyOf(r, lazy)
			if err != nil {
				return err
			}
			nodeAddr, lazyAddr := crypto.PubkeyToAddress(nodeKey.PublicKey), crypto.PubkeyToAddress(lazyKey.PublicKey)
			var req *pb.AttestationRequest
			for req == nil {
				m, err := l.reqs.Next(ctx)
				if err != nil {
					return err
				}
				if m.Sender == nodeAddr {
					req = proto.Clone(m.Payload).(*pb.AttestationRequest)
				}
			}
			req.ResultDigest[0] ^= 0xff // a wrong result
			wrong := common.BytesToHash(req.ResultDigest)
			sealed, err := l.st.Topics().AttestRequests.Seal(req, time.Now())
			if err == nil {
				sealed, err = sealAs(nodeKey, sealed)
			}
			if err != nil {
				return err
			}
			if err := l.st.Topics().AttestRequests.PublishRaw(ctx, sealed); err != nil {
				return err
			}
			r.Logf("%s proposed the wrong result %s", node, wrong.Hex())
			// The lazy verifier signs it unchecked (the receipt digest
			// copied from the first honest attestation it sees).
			var receiptDigest []byte
			for receiptDigest == nil {
				m, err := l.atts.Next(ctx)
				if err != nil {
					return err
				}
				if bytes.Equal(m.Payload.TaskId, req.TaskId) && !bytes.Equal(m.Payload.ResultDigest, req.ResultDigest) {
					receiptDigest = m.Payload.ReceiptDigest
				}
			}
			n, err := network.Load(r.Net.State().NetworkFile)
			if err != nil {
				return err
			}
			att := eip712.Attestation{TaskID: common.BytesToHash(req.TaskId), ResultDigest: wrong,
				ReceiptDigest: common.BytesToHash(receiptDigest), PayoutsHash: common.BytesToHash(req.PayoutsHash)}
			domain := eip712.AorakiDomain(new(big.Int).SetUint64(n.ChainID), n.Contract)
			sig, err := att.Sign(domain, lazyKey)
			if err != nil {
				return err
			}
			pa := &pb.Attestation{TaskId: req.TaskId, ResultDigest: wrong[:], ReceiptDigest: receiptDigest, PayoutsHash: req.PayoutsHash, Signature: sig}
			if sealed, err = l.st.Topics().Attestations.Seal(pa, time.Now()); err == nil {
				sealed, err = sealAs(lazyKey, sealed)
			}
			if err != nil {
				return err
			}
			if err := l.st.Topics().Attestations.PublishRaw(ctx, sealed); err != nil {
				return err
			}
			r.Logf("%s (lazy) attested the wrong result unchecked", lazy)
			// fulfill with the lazy attestation, as the node would send it.
			digest, err := att.Digest(domain)
			if err != nil {
				return err
			}
			packed, _, err := eip712.PackAttestations(digest, [][]byte{sig})
			if err != nil {
				return err
			}
			var payouts []eip712.Payout
			for _, p := range req.Payouts {
				payouts = append(payouts, eip712.Payout{To: common.BytesToAddress(p.To), Amount: new(big.Int).SetBytes(p.Amount)})
			}
			data := contracts.NewAoraki().PackFulfill(att.TaskID, wrong, att.ReceiptDigest, aoraki.PayoutArgs(payouts), packed, nil)
			eth, err := chain.Dial(ctx, n.RPCURL)
			if err != nil {
				return err
			}
			defer eth.Close()
			_, err = eth.CallContract(ctx, ethereum.CallMsg{From: nodeAddr, To: &n.Contract, Data: data}, nil)
			err = contracts.DecodeError(err)
			if err == nil {
				return fmt.Errorf("fulfill with the lazy attestation of a wrong result passes on chain")
			}
			reverted = err.Error()
			r.Logf("fulfill with the lazy attestation: %v", err)
			// The honest verifiers checked the wrong result and refused it.
			if err := waitLogs(ctx, r, node, "refused to attest", "task="+att.TaskID.Hex(), "result digest does not follow"); err != nil {
				return err
			}
			// Watch the attestations until the task is verified: no honest
			// verifier may sign the wrong result.
			wctx, cancel := context.WithCancel(ctx)
			defer cancel()
			go func() {
				r.WaitStage(wctx, "requester", "verified")
				cancel()
			}()
			for {
				m, err := l.atts.Next(wctx)
				if err != nil {
					return nil // the task ended
				}
				if bytes.Equal(m.Payload.ResultDigest, wrong[:]) && m.Sender != lazyAddr {
					honest.Add(1)
					r.Logf("%s attested the wrong result", m.Sender.Hex())
				}
			}
		},
		After: func(ctx context.Context, r *Run) error {
			switch {
			case reverted == "":
				return fmt.Errorf("fulfill with the lazy attestation was never tried: nothing was tested")
			case !strings.Contains(reverted, "QuorumNotReached"):
				return fmt.Errorf("fulfill with the lazy attestation refused for another reason than the quorum: %s", reverted)
			case honest.Load() > 0:
				return fmt.Errorf("%d honest attestations of the wrong result", honest.Load())
			}
			return nil
		},
		Cleanup: func(*Run) error { return l.close() },
	}
}

// griefingScenario: a requester tries to make a node take a task it can
// never fulfil, to have it slashed at the refund (a slash is as large as
// the price): it names, for its task, a verifier contract of its own
// choosing (here the Aoraki contract itself, which has no verify
// function: every fulfil would revert). Every node refuses to quote, naming the verifier it trusts;
// nothing is paid, nobody is slashed; an honest task runs beside it.
func griefingScenario() Scenario {
	var refusal string
	return Scenario{Name: "requester-griefing",
		Injected: "a requester asks every node for a task naming a verifier contract that refuses every proof (a node that took it would be slashed); then a real task",
		Before: func(ctx context.Context, r *Run) error {
			// A contract with no verify function: every call reverts.
			n, err := network.Load(r.Net.State().NetworkFile)
			if err != nil {
				return err
			}
			bogus := n.Contract
			// The griefer pays with a dev key of its own (5: no node of a
			// three-node testnet runs it).
			c, eth, err := openRequesterAs(ctx, r.Net, filepath.Join(r.Dir, "griefer"), 0, r.logw, keys.Dev(5, nil).Private(),
				func(rc *requester.Config) { rc.Verifier = bogus })
			if err != nil {
				return err
			}
			defer eth.Close()
			defer c.Close()
			res, err := c.ProveWith(ctx, r.Work.Input, requester.Terms{}, nil)
			switch {
			case err == nil:
				return fmt.Errorf("a node took the task naming verifier %s (task %s)", bogus, res.TaskID.Hex())
			case !errors.Is(err, requester.ErrNoQuote) || !strings.Contains(err.Error(), "not one this node trusts"):
				return fmt.Errorf("the griefing task failed otherwise than by the nodes' refusal: %w", err)
			}
			refusal = err.Error()
			r.Logf("griefing requester: %v", err)
			return nil
		},
		After: func(ctx context.Context, r *Run) error {
			if refusal == "" {
				return fmt.Errorf("the griefing task was never asked: nothing was tested")
			}
			return nil
		}}
}
