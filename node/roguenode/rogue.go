// Package roguenode runs a rogue Aoraki node for tests of requesters
// (package chain/requester, the zkpool CLI): a real node on the real stream
// protocols and contract that answers quote requests with the deadline it
// chooses and fulfils the tasks its quotes open with the lie it is told to
// tell. Registered alone, it is the whole verifier set, so its own
// attestation is the quorum and nothing but the requester's own checks
// stands between the lie and the requester. It is for tests only.
package roguenode

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"github.com/zkpool/aoraki/prover/programs"
	"log/slog"
	"math/big"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/consensus"
	"github.com/zkpool/aoraki/node/contract"
	"github.com/zkpool/aoraki/p2p/blob"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/netproto"
	"github.com/zkpool/aoraki/p2p/stream"
	"github.com/zkpool/aoraki/protocol/eip712"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/protocol/wire"
	"github.com/zkpool/aoraki/prover/local"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/task"
)

// Lie is what the rogue node does wrong when it fulfils.
type Lie string

// Lies.
const (
	// Honest fulfils with the true result and receipt.
	Honest Lie = ""
	// WrongResult records another result digest on chain (the receipt is
	// the true one).
	WrongResult Lie = "wrong-result"
	// TamperedReceipt records the true result with a receipt one of whose
	// seals has a flipped byte.
	TamperedReceipt Lie = "tampered-receipt"
	// WrongClaim records the true result with a valid receipt of another
	// input (every seal verifies; the chain of states ends elsewhere).
	WrongClaim Lie = "wrong-claim"
	// Silent takes the payment and never fulfils: the requester's deadline
	// passes and it refunds.
	Silent Lie = "silent"
)

// Config configures a rogue node.
type Config struct {
	// Network is the libp2p network name the requester uses.
	Network  string
	DataDir  string
	Contract common.Address
	// DeployBlock is where the contract's events start.
	DeployBlock uint64
	// Key is the node's funded key; Start registers it with Stake.
	Key   *ecdsa.PrivateKey
	Stake *big.Int
	// Setup holds the artifacts of the tasks' families.
	Setup *setup.Store
	// Price is what every quote asks.
	Price *big.Int
	// Deadline, when set, is the proving deadline of every quote instead
	// of the one the requester asked for.
	Deadline time.Time
	Lie      Lie
}

// Node is a running rogue node.
type Node struct {
	cfg   Config
	log   *slog.Logger
	addr  common.Address
	tx    *txmgr.Manager
	chain *contract.Client
	host  *p2phost.Host
	blobs *blob.Exchange

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu        sync.Mutex
	nonce     int64
	fulfilled []common.Hash
	errs      []error
	changed   chan struct{} // closed and replaced when fulfilled or errs grow
}

// Start registers the node on chain (unless it is registered) and serves
// the quote and upload protocols and blobs.
func Start(ctx context.Context, cfg Config, eth *ethclient.Client, log *slog.Logger) (_ *Node, err error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	n := &Node{cfg: cfg, log: log, addr: consensus.Signer(cfg.Key), changed: make(chan struct{})}
	n.ctx, n.cancel = context.WithCancel(context.Background())
	defer func() {
		if err != nil {
			n.Close()
		}
	}()
	if n.tx, err = txmgr.New(ctx, eth, cfg.Key, txmgr.DefaultConfig(), nil); err != nil {
		return nil, err
	}
	if n.chain, err = contract.New(eth, n.tx, cfg.Contract, cfg.DeployBlock); err != nil {
		return nil, err
	}
	if err := n.chain.Register(ctx, cfg.Stake); err != nil {
		return nil, err
	}
	if n.host, err = p2phost.New(p2phost.LocalConfig(cfg.Network, p2phost.RoleNode, cfg.DataDir), log); err != nil {
		return nil, err
	}
	bs, err := blob.OpenStore(filepath.Join(cfg.DataDir, "blobs"))
	if err != nil {
		return nil, err
	}
	if n.blobs, err = blob.New(n.host, bs, nil, blob.DefaultConfig(), log); err != nil {
		return nil, err
	}
	if err := stream.Handle(n.host, netproto.Upload, func() *pb.UploadRequest { return new(pb.UploadRequest) }, n.handleUpload, log); err != nil {
		return nil, err
	}
	if err := stream.Handle(n.host, netproto.Quote, func() *pb.QuoteRequest { return new(pb.QuoteRequest) }, n.handleQuote, log); err != nil {
		return nil, err
	}
	return n, nil
}

// Address is the node's Ethereum address.
func (n *Node) Address() common.Address { return n.addr }

// Addrs are the node's multiaddrs with its peer id (a network file's
// bootstrap peers).
func (n *Node) Addrs() []string {
	var out []string
	for _, a := range n.host.Addrs() {
		out = append(out, fmt.Sprintf("%s/p2p/%s", a, n.host.ID()))
	}
	return out
}

// SetLie changes the lie told at the next fulfils.
func (n *Node) SetLie(l Lie) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.cfg.Lie = l
}

func (n *Node) lie() Lie {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.cfg.Lie
}

// WaitFulfilled waits until the node has fulfilled (or failed to fulfil)
// count tasks, and returns the tasks it fulfilled (with its lie) and the
// errors of those it could not.
func (n *Node) WaitFulfilled(ctx context.Context, count int) ([]common.Hash, []error) {
	for {
		n.mu.Lock()
		done, errs, changed := slices.Clone(n.fulfilled), slices.Clone(n.errs), n.changed
		n.mu.Unlock()
		if len(done)+len(errs) >= count {
			return done, errs
		}
		select {
		case <-ctx.Done():
			return done, append(errs, ctx.Err())
		case <-changed:
		}
	}
}

// Close stops the node and waits for its fulfils in flight. Safe twice.
func (n *Node) Close() error {
	n.cancel()
	if n.host != nil {
		n.host.RemoveStreamHandler(netproto.Quote.ID())
		n.host.RemoveStreamHandler(netproto.Upload.ID())
	}
	n.wg.Wait()
	if n.blobs != nil {
		n.blobs.Close()
	}
	if n.host != nil {
		n.host.Close()
	}
	if n.tx != nil {
		n.tx.Close()
	}
	return nil
}

func (n *Node) handleUpload(ctx context.Context, from peer.ID, req *pb.UploadRequest) (*pb.Ack, error) {
	c, err := cid.Cast(req.InputCid)
	if err != nil {
		return nil, stream.Errorf(wire.Status_BAD_REQUEST, "input CID: %v", err)
	}
	if !n.blobs.Store().Has(c) {
		if _, err := n.blobs.FetchFrom(ctx, from, c, task.MaxInputSize); err != nil {
			return nil, stream.Errorf(wire.Status_BAD_REQUEST, "fetch %s: %v", c, err)
		}
	}
	return &pb.Ack{Message: "stored"}, nil
}

func (n *Node) handleQuote(ctx context.Context, from peer.ID, req *pb.QuoteRequest) (*pb.QuoteResponse, error) {
	c, err := cid.Cast(req.InputCid)
	if err != nil {
		return nil, err
	}
	in, err := n.blobs.Store().Get(c, task.MaxInputSize)
	if err != nil {
		return nil, err
	}
	tk, err := task.Open(in, programs.Bases{Store: n.cfg.Setup})
	if err != nil {
		return nil, err
	}
	if !tk.Sized() {
		return &pb.QuoteResponse{Refusal: pb.QuoteResponse_BAD_REQUEST, Reason: "the rogue node takes only sized tasks"}, nil
	}
	deadline := uint64(n.cfg.Deadline.Unix())
	if n.cfg.Deadline.IsZero() {
		deadline = req.ProvingDeadline
	}
	n.mu.Lock()
	n.nonce++
	nonce := n.nonce
	n.mu.Unlock()
	inputDigest, err := tk.InputDigest()
	if err != nil {
		return nil, err
	}
	q := &eip712.Quote{Node: n.addr, Requester: common.Address(req.Requester), ProgramID: common.Hash(tk.ProgramID()),
		InputDigest: common.Hash(inputDigest), Price: n.cfg.Price, ProvingDeadline: deadline,
		Expiry: uint64(time.Now().Add(5 * time.Minute).Unix()), Nonce: big.NewInt(nonce)}
	if len(req.Verifier) == 20 {
		q.Verifier = common.Address(req.Verifier)
	}
	if len(req.Callback) == 20 {
		q.Callback = common.Address(req.Callback)
	}
	id, sig, err := n.chain.SignQuote(q, n.cfg.Key)
	if err != nil {
		return nil, err
	}
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		err := n.fulfilWhenOpen(n.ctx, id, tk, time.Unix(int64(q.Expiry), 0))
		n.mu.Lock()
		defer n.mu.Unlock()
		defer func() { close(n.changed); n.changed = make(chan struct{}) }()
		if err != nil {
			if !errors.Is(err, context.Canceled) {
				n.errs = append(n.errs, err)
			}
			return
		}
		n.fulfilled = append(n.fulfilled, id)
	}()
	return &pb.QuoteResponse{Quote: pb.QuoteOf(q), Signature: sig, ChainId: n.tx.ChainID().Uint64(),
		Contract: n.cfg.Contract[:], Segments: uint32(tk.Segments())}, nil
}

// fulfilWhenOpen waits until the requester opens task id (or the quote
// expires unused), then proves the task and fulfils it with the lie.
func (n *Node) fulfilWhenOpen(ctx context.Context, id common.Hash, tk *task.Task, expiry time.Time) error {
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		st, err := n.chain.Client.Task(ctx, id)
		if err == nil && st.Status == aoraki.TaskOpen {
			break
		}
		if time.Now().After(expiry) {
			return context.Canceled // never used: nothing to report
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
	if n.lie() == Silent {
		n.log.Info("rogue node keeps silent", "task", id)
		<-ctx.Done()
		return ctx.Err()
	}
	sess, journal, err := tk.Execute()
	if err != nil {
		return err
	}
	want, err := tk.Expect(journal)
	if err != nil {
		return err
	}
	pr := &local.Prover{Store: n.cfg.Setup, Address: n.addr, Task: id}
	res, err := pr.Prove(ctx, sess)
	if err != nil {
		return err
	}
	result := common.Hash(want.Final)
	comp := res.Receipt
	lie := n.lie()
	switch lie {
	case WrongResult:
		result[31] ^= 1
	case WrongClaim:
		// A valid receipt of another input: the same samples in reverse.
		other := slices.Clone(tk.Samples)
		slices.Reverse(other)
		in, err := task.NewDtree(tk.Model, other, int(tk.Input.SegmentSize))
		if err != nil {
			return err
		}
		otk, err := task.Open(in, programs.Bases{Store: n.cfg.Setup})
		if err != nil {
			return err
		}
		osess, _, err := otk.Execute()
		if err != nil {
			return err
		}
		ores, err := pr.Prove(ctx, osess)
		if err != nil {
			return err
		}
		comp = ores.Receipt
	}
	enc, err := comp.MarshalBinary()
	if err != nil {
		return err
	}
	if lie == TamperedReceipt {
		enc[len(enc)-5] ^= 1 // inside the last seal
	}
	if _, err := n.blobs.Store().PutBytes(enc); err != nil {
		return err
	}
	payouts, err := consensus.Payouts(n.addr, n.cfg.Price, nil)
	if err != nil {
		return err
	}
	ph, err := eip712.PayoutsHash(payouts)
	if err != nil {
		return err
	}
	p := &consensus.Proposal{TaskID: id, ResultDigest: result, ReceiptDigest: sha256.Sum256(enc), Payouts: payouts, PayoutsHash: ph}
	att := p.Attestation()
	sig, err := att.Sign(n.chain.Domain(), n.cfg.Key)
	if err != nil {
		return err
	}
	if _, err := n.chain.Fulfil(ctx, p, [][]byte{sig}, nil); err != nil {
		return fmt.Errorf("fulfil %s: %w", id, err)
	}
	n.log.Info("rogue node fulfilled", "task", id, "lie", string(lie))
	return nil
}
