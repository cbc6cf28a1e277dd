// Package requester is the requester's client of the network (DESIGN.md §2
// steps 2–4 and 10): it uploads a task input to the nodes it knows, asks
// each for a quote, checks every quote (signature, chain, contract, input
// digest, price limit, the verifier and callback it asked for, and a
// proving deadline no later than the one asked for: a later one would keep
// the price in escrow until then), pays the cheapest through the contract,
// follows the task until TaskFulfilled, fetches the composite receipt from
// the node and verifies it locally against its own native execution
// (which refuses, as the node's executor does, samples whose prediction
// fixed point could change). Prove returns a Result only when all of this
// holds: a wrong result, a tampered or wrong receipt is ErrNotVerified. When the deadline
// passes with the task still open it calls refund.
//
// One client may prove several tasks at once, each under terms of its own
// (ProveWith, QuotesWith: maximum price, deadline); it follows each task
// on the market's gossip (bids, and the awards and attestations that the
// right parties signed) and reports them through Progress. It stays off
// the topics whose peers nodes count as provers or fellow nodes.
//
// The nodes it knows are those listed in Config.Nodes (the network file's
// bootstrap peers) and those a DHT lookup of the "node" rendezvous finds
// through them (client mode, started on first use, bounded by
// Config.Lookup), each asked once. A failed lookup is logged and the
// listed nodes are asked all the same.
package requester

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/p2p/blob"
	"github.com/zkpool/aoraki/p2p/discovery"
	"github.com/zkpool/aoraki/p2p/gossip"
	p2phost "github.com/zkpool/aoraki/p2p/host"
	"github.com/zkpool/aoraki/p2p/netproto"
	"github.com/zkpool/aoraki/p2p/netstack"
	"github.com/zkpool/aoraki/p2p/peering"
	"github.com/zkpool/aoraki/p2p/service"
	"github.com/zkpool/aoraki/p2p/stream"
	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/protocol/eip712"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/task"
)

var (
	// ErrNoQuote reports that no node offered an acceptable quote.
	ErrNoQuote = errors.New("requester: no acceptable quote")
	// ErrRefunded reports a task that missed its deadline and was refunded.
	ErrRefunded = errors.New("requester: deadline passed; the task was refunded")
	// ErrNotVerified reports a receipt that does not verify.
	ErrNotVerified = errors.New("requester: receipt does not verify")
	// ErrConfig reports an invalid configuration.
	ErrConfig = errors.New("requester: invalid config")
	// ErrLateDeadline reports a quote whose proving deadline is later than
	// the one asked for.
	ErrLateDeadline = errors.New("requester: quote's deadline is too late")
	// ErrUnreachable reports a node that could not be reached; with
	// ErrNoQuote, that no node could.
	ErrUnreachable = errors.New("requester: node unreachable")
	// ErrTooDear reports a quote above the maximum price.
	ErrTooDear = errors.New("requester: quote above the maximum price")
)

// Config configures a requester.
type Config struct {
	DataDir string
	Host    p2phost.Config
	// Gossip is how the requester follows awards and attestations of its task.
	Gossip gossip.Config
	// Nodes lists nodes to ask (multiaddrs with /p2p/); they are also the
	// DHT's bootstrap peers, through which the other nodes are found.
	Nodes []string
	// Discovery runs the DHT in client mode; New sets its Network to the
	// host's and its Bootstrap to Nodes.
	Discovery discovery.Config
	// Lookup bounds the DHT lookup of nodes before each request.
	Lookup time.Duration
	// MaxNodes bounds how many nodes the lookup returns.
	MaxNodes    int
	Contract    common.Address
	DeployBlock uint64
	Artifacts   map[string]setup.Manifest
	SetupDir    string
	// MaxPrice refuses dearer quotes (nil: no limit).
	MaxPrice *big.Int
	// Deadline is the proving deadline asked for; a quote whose deadline
	// is later is refused (it would keep the price in escrow until then).
	// Zero asks for none: the node's default is taken, up to
	// market.DefaultProvingDeadline plus DeadlineSlack.
	Deadline time.Duration
	// Poll is how often the chain is read while waiting.
	Poll time.Duration
	// Verifier is the contract to name in the quote (zero: none): the
	// contract's fulfill then only succeeds when it accepts the node's proof
	// (a receiptverifier contract checks the composite receipt on chain).
	Verifier common.Address
	// Callback is the contract to name in the quote (zero: none), which
	// fulfill calls with the result.
	Callback common.Address
}

// DefaultConfig suits a local testnet.
func DefaultConfig(network, dataDir string) Config {
	return Config{DataDir: dataDir, Host: p2phost.LocalConfig(network, p2phost.RoleRequester, dataDir), Gossip: gossip.DefaultConfig(network),
		Discovery: discovery.DefaultConfig(network, false, nil), Lookup: 10 * time.Second, MaxNodes: 16,
		SetupDir: setup.DefaultDir(), Deadline: 5 * time.Minute, Poll: 200 * time.Millisecond}
}

// ConfigFor is the configuration of a requester of network n with data
// under dataDir, the network's trusted families arts (artifacts.Load) and
// its setup store setupDir ("": the default).
func ConfigFor(dataDir string, n *network.Network, arts map[string]setup.Manifest, setupDir string) Config {
	rc := DefaultConfig(n.Name(), dataDir)
	rc.Nodes = append([]string(nil), n.BootstrapPeers...)
	rc.Contract, rc.DeployBlock, rc.Artifacts = n.Contract, n.DeployBlock, arts
	if setupDir != "" {
		rc.SetupDir = setupDir
	}
	return rc
}

// Progress is told what is happening, for a progress display.
type Progress func(stage string, detail map[string]any)

// Result is a proven, verified task.
type Result struct {
	TaskID     common.Hash
	Node       common.Address
	Price      *big.Int
	ReceiptCID cid.Cid
	Journal    task.Journal
	Receipt    *receipt.CompositeReceipt
	Provers    []common.Address // per segment
	FulfilTx   common.Hash      // the node's fulfill transaction
	FulfilGas  uint64           // gas it used (0 if its receipt could not be read)
	Verifier   common.Address   // the verifier contract the quote named, if any
	Verified   bool
	Quotes     int
	Elapsed    time.Duration
}

// Client is a requester.
type Client struct {
	cfg      Config
	log      *slog.Logger
	key      *ecdsa.PrivateKey
	services *service.Stack
	net      *netstack.Stack
	tx       *txmgr.Manager
	eth      *ethclient.Client
	chain    *aoraki.Client
	keys     map[string]groth16.VerifyingKey
	bases    task.BasisMap // the dtree families' model bases: program ids
	nodes    []peer.AddrInfo

	market *market // the tasks followed on gossip
}

// New builds a requester client and starts it: its chain client, its
// network stack (nodes are looked up in the DHT at the first request) and
// its subscriptions to the awards and attestations of its tasks. Close
// stops it.
func New(cfg Config, eth *ethclient.Client, key *ecdsa.PrivateKey, log *slog.Logger) (_ *Client, err error) {
	if log == nil {
		log = slog.Default()
	}
	c := &Client{cfg: cfg, log: log, key: key, eth: eth, keys: map[string]groth16.VerifyingKey{}, bases: task.BasisMap{}, services: service.New(log.With("sub", "services"))}
	if c.nodes, err = p2phost.ParseAddrInfos(cfg.Nodes); err != nil {
		return nil, err
	}
	if len(c.nodes) == 0 {
		return nil, errors.New("requester: no nodes to ask (the network file lists none)")
	}
	if cfg.Lookup <= 0 || cfg.MaxNodes <= 0 {
		return nil, fmt.Errorf("%w: lookup %s and max nodes %d must be positive", ErrConfig, cfg.Lookup, cfg.MaxNodes)
	}
	if cfg.Deadline < 0 {
		return nil, fmt.Errorf("%w: negative deadline %s", ErrConfig, cfg.Deadline)
	}
	pcfg := peering.DefaultConfig(cfg.Host.Network, false)
	pcfg.Discovery = cfg.Discovery
	pcfg.MaxNodes = cfg.MaxNodes
	ncfg := netstack.Config{Host: cfg.Host, Gossip: cfg.Gossip, Peering: pcfg, Bootstrap: cfg.Nodes,
		BlobDir: filepath.Join(cfg.DataDir, "blobs"), Blob: blob.DefaultConfig()}
	if c.net, err = netstack.New(ncfg, key, log, netstack.Join(netstack.RequesterTopics...), netstack.LookupOnDemand()); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	st, err := setup.Open(cfg.SetupDir, nil)
	if err != nil {
		return nil, err
	}
	for fam, m := range cfg.Artifacts {
		c2, err := cid.Decode(m.VK)
		if err != nil {
			return nil, err
		}
		b, err := st.Get(c2)
		if err != nil {
			return nil, fmt.Errorf("verifying key of %s: %w", fam, err)
		}
		if c.keys[fam], err = setup.DecodeVerifyingKey(b); err != nil {
			return nil, err
		}
		if c.bases[fam], err = st.ManifestBasis(m); err != nil {
			return nil, fmt.Errorf("model basis of %s: %w", fam, err)
		}
	}
	c.services.Register("chain", service.Funcs{OnStart: c.startChain, OnClose: func() error { return c.tx.Close() }})
	c.services.Register("network", c.net)
	c.services.Register("follow", service.Funcs{OnStart: c.subscribe, OnClose: c.unsubscribe})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.services.Start(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

// startChain checks the verifier and callback the quotes are to name, and
// connects to the contract.
func (c *Client) startChain(ctx context.Context) (err error) {
	for what, a := range map[string]common.Address{"verifier": c.cfg.Verifier, "callback": c.cfg.Callback} {
		if a == (common.Address{}) {
			continue
		}
		code, err := c.eth.CodeAt(ctx, a, nil)
		if err != nil {
			return fmt.Errorf("%s %s: %w", what, a, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("%w: %s %s is not a contract on this chain", ErrConfig, what, a)
		}
	}
	if c.tx, err = txmgr.New(ctx, c.eth, c.key, txmgr.DefaultConfig(), c.log.With("sub", "txmgr")); err != nil {
		return err
	}
	if c.chain, err = aoraki.New(c.eth, c.tx, c.cfg.Contract, c.tx.ChainID()); err != nil {
		c.tx.Close()
		return err
	}
	return nil
}

// subscribe follows the market's bids, awards and attestations topics
// (Prove reports its task's).
func (c *Client) subscribe(context.Context) (err error) {
	c.market, err = joinMarket(c.net.Topics(), c.chain.CanAttest)
	return err
}

func (c *Client) unsubscribe() error {
	c.market.close()
	return nil
}

// Close stops the client's services in reverse order and returns the
// errors it met (service.StopError). Safe twice.
func (c *Client) Close() error { return c.services.Close() }

// Bases are the model bases of the network's dtree families, with which a
// task's program id is computed (task.Open).
func (c *Client) Bases() task.Bases { return c.bases }

// VerifyingKey implements receipt.Keys over the network's families.
func (c *Client) VerifyingKey(family string) (groth16.VerifyingKey, error) {
	vk, ok := c.keys[family]
	if !ok {
		return nil, fmt.Errorf("family %q is not one this network trusts", family)
	}
	return vk, nil
}

type offer struct {
	node  peer.AddrInfo
	quote *eip712.Quote
	sig   []byte
	task  *task.Task // the input as the quote sized it
}

// Terms are one task's limits, in place of the Config's: a nil MaxPrice
// or a zero Deadline takes the Config's.
type Terms struct {
	MaxPrice *big.Int
	Deadline time.Duration
}

func (t Terms) validate() error {
	switch {
	case t.MaxPrice != nil && t.MaxPrice.Sign() <= 0:
		return fmt.Errorf("%w: maximum price %s is not positive", ErrConfig, t.MaxPrice)
	case t.Deadline < 0:
		return fmt.Errorf("%w: negative deadline %s", ErrConfig, t.Deadline)
	}
	return nil
}

// Prove runs a task input through the network and returns the verified result.
func (c *Client) Prove(ctx context.Context, input []byte, progress Progress) (*Result, error) {
	return c.ProveWith(ctx, input, Terms{}, progress)
}

// ProveWith is Prove under terms of this task's own.
//
// Progress reports, in order of stage: "quote" (node, price, deadline as
// Unix seconds) for each acceptable quote; "paid" (task, node, price,
// deadline, segments: how many the quote's segment size makes, quorum:
// the attestations fulfill needs); then, from gossip, "bid" (segment,
// attempt, prover, price, promised_ms, capacity), "awarded" (segment,
// attempt, prover, price) and "attestation" (verifier); then "fulfilled"
// (tx), and "verified" (receipt_cid) or "refunded"; "fulfilment-reorged"
// (task) when a reorganisation took the fulfil away before it was read
// (the requester then waits again). Awards count only when
// the task's node signed them, attestations only from a verifier the
// contract counts for the task (each once); bids are any prover's offers.
// Progress may be called from several goroutines at once.
func (c *Client) ProveWith(ctx context.Context, input []byte, terms Terms, progress Progress) (*Result, error) {
	if err := terms.validate(); err != nil {
		return nil, err
	}
	if progress == nil {
		progress = func(string, map[string]any) {}
	}
	start := time.Now()
	tk, err := task.Open(input, c.bases)
	if err != nil {
		return nil, err
	}
	if tk.Sized() { // refuse a task that cannot run before asking anyone
		if _, _, err := tk.Execute(); err != nil {
			return nil, err
		}
	}
	inCID, err := c.net.Blobs().Store().PutBytes(input)
	if err != nil {
		return nil, err
	}
	deadline := c.terms(ctx, terms)
	var offers []offer
	var reasons []string
	unreachable := 0
	for _, ai := range c.candidates(ctx) {
		o, err := c.ask(ctx, ai, tk, inCID, len(input), deadline)
		if err != nil {
			reasons = append(reasons, fmt.Sprintf("%s: %v", ai.ID, err))
			if errors.Is(err, ErrUnreachable) {
				unreachable++
			}
			continue
		}
		offers = append(offers, *o)
		progress("quote", map[string]any{"node": o.quote.Node.Hex(), "price": o.quote.Price.String(), "deadline": o.quote.ProvingDeadline})
	}
	if len(offers) == 0 {
		if unreachable == len(reasons) {
			return nil, fmt.Errorf("%w (%w): %v", ErrNoQuote, ErrUnreachable, reasons)
		}
		return nil, fmt.Errorf("%w: %v", ErrNoQuote, reasons)
	}
	best := offers[0] // of equal prices, the first asked: listed nodes in the network file's order, then the DHT's
	for _, o := range offers[1:] {
		if o.quote.Price.Cmp(best.quote.Price) < 0 {
			best = o
		}
	}
	_, journal, err := best.task.Execute() // what the proof must show
	if err != nil {
		return nil, err
	}
	want, err := best.task.Expect(journal)
	if err != nil {
		return nil, err
	}
	// The task is followed before it is paid: its node may award segments
	// before the payment is seen mined here, and those awards would be
	// lost (the requester's progress and the chaos suite's invariants
	// count them).
	id, err := best.quote.Digest(c.chain.Domain())
	if err != nil {
		return nil, err
	}
	release, unfollow := c.market.follow(id, best.quote.Node, progress)
	defer unfollow()
	if got, _, err := c.chain.SubmitTask(ctx, *best.quote, best.sig); err != nil {
		return nil, fmt.Errorf("submitTask: %w", err)
	} else if got != id {
		return nil, fmt.Errorf("submitTask: task id %s, want %s", got, id)
	}
	want.Task = id
	paid := map[string]any{"task": id.Hex(), "node": best.quote.Node.Hex(), "price": best.quote.Price.String(),
		"deadline": best.quote.ProvingDeadline, "segments": best.task.Segments()}
	if t, err := c.chain.Task(ctx, id); err == nil {
		paid["quorum"] = t.Threshold
	}
	progress("paid", paid)
	release()
	c.log.Info("task submitted", "task", id, "node", best.quote.Node, "price", best.quote.Price)

	ev, err := c.waitFulfilled(ctx, id, time.Unix(int64(best.quote.ProvingDeadline), 0), progress)
	if err != nil {
		return nil, err
	}
	progress("fulfilled", map[string]any{"task": id.Hex(), "tx": ev.Raw.TxHash.Hex()})
	if common.Hash(ev.ResultDigest) != common.Hash(want.Final) {
		return nil, fmt.Errorf("%w: the result on chain is not what this input and its native run imply", ErrNotVerified)
	}
	rc := cids.OfDigest(ev.ReceiptDigest)
	if !c.net.Blobs().Store().Has(rc) {
		if err := c.fetchReceipt(ctx, best.node.ID, rc, receipt.MaxCompositeSize(want.Segments)); err != nil {
			return nil, fmt.Errorf("fetch receipt %s: %w", rc, err)
		}
	}
	b, err := c.net.Blobs().Store().Get(rc, receipt.MaxCompositeSize(want.Segments))
	if err != nil {
		return nil, err
	}
	var comp receipt.CompositeReceipt
	if err := comp.UnmarshalBinary(b); err != nil {
		return nil, err
	}
	if err := comp.Verify(c, want); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotVerified, err)
	}
	res := &Result{TaskID: id, Node: best.quote.Node, Price: best.quote.Price, ReceiptCID: rc, Journal: journal,
		Receipt: &comp, FulfilTx: ev.Raw.TxHash, Verifier: best.quote.Verifier, Verified: true, Quotes: len(offers), Elapsed: time.Since(start)}
	if r, err := c.eth.TransactionReceipt(ctx, ev.Raw.TxHash); err == nil {
		res.FulfilGas = r.GasUsed
	}
	for _, s := range comp.Segments {
		res.Provers = append(res.Provers, common.Address(s.Prover))
	}
	progress("verified", map[string]any{"task": id.Hex(), "receipt_cid": rc.String()})
	return res, nil
}

// candidates are the listed nodes and, after them, the nodes a DHT lookup
// finds (bounded by Lookup), each once. A failed lookup is logged: the
// listed nodes are still asked.
func (c *Client) candidates(ctx context.Context) []peer.AddrInfo {
	out := append([]peer.AddrInfo(nil), c.nodes...)
	seen := map[peer.ID]bool{c.net.ID(): true}
	for _, ai := range out {
		seen[ai.ID] = true
	}
	found, err := c.findNodes(ctx)
	if err != nil {
		c.log.Info("node lookup through the DHT failed; asking the listed nodes", "err", err)
	}
	for _, ai := range found {
		if !seen[ai.ID] {
			seen[ai.ID] = true
			out = append(out, ai)
		}
	}
	return out
}

// findNodes looks the network's nodes up in the DHT (started at the first
// lookup), within Config.Lookup.
func (c *Client) findNodes(ctx context.Context) ([]peer.AddrInfo, error) {
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Lookup)
	defer cancel()
	return c.net.FindNodes(ctx, c.cfg.MaxNodes)
}

// DeadlineSlack is how far past market.DefaultProvingDeadline the deadline of a
// quote may be when the requester asks for none.
const DeadlineSlack = time.Minute

// asked is the deadline a quote request names, the latest a quote may
// carry, and the highest price it may ask.
type asked struct {
	deadline time.Time // zero: none asked for
	latest   time.Time
	maxPrice *big.Int // nil: no limit
}

// terms is what to ask nodes for: the deadline (the task's, else the
// configured one) from now on the chain's clock, or none (the node's
// default, within a slack), and the maximum price.
func (c *Client) terms(ctx context.Context, t Terms) asked {
	maxPrice, deadline := c.cfg.MaxPrice, c.cfg.Deadline
	if t.MaxPrice != nil {
		maxPrice = t.MaxPrice
	}
	if t.Deadline != 0 {
		deadline = t.Deadline
	}
	now := c.chainNow(ctx)
	if deadline == 0 {
		return asked{latest: now.Add(pb.DefaultProvingDeadline + DeadlineSlack), maxPrice: maxPrice}
	}
	d := now.Add(deadline)
	return asked{deadline: d, latest: d, maxPrice: maxPrice}
}

// ask uploads the input to a node and asks it for a quote, which it checks:
// signed by its node, for this requester, verifier and callback, within the
// maximum price and the deadline asked, for this input's program (the
// program id names the segment size a node chose) and for this input (the
// input digest, where the receipt's input chain must end).
func (c *Client) ask(ctx context.Context, ai peer.AddrInfo, tk *task.Task, in cid.Cid, size int, deadline asked) (*offer, error) {
	if err := c.net.Host().Connect(ctx, ai); err != nil {
		return nil, fmt.Errorf("%w: no node reachable at %v: is zkpool-node running? (%v)", ErrUnreachable, ai.Addrs, err)
	}
	if err := stream.Call(ctx, c.net.Host(), ai.ID, netproto.Upload, &pb.UploadRequest{InputCid: in.Bytes(), Size: uint64(size)}, &pb.Ack{}); err != nil {
		return nil, fmt.Errorf("upload: %w", err)
	}
	req := &pb.QuoteRequest{InputCid: in.Bytes(), Requester: c.tx.From().Bytes()}
	if !deadline.deadline.IsZero() {
		req.ProvingDeadline = uint64(deadline.deadline.Unix())
	}
	if deadline.maxPrice != nil {
		req.MaxPrice = deadline.maxPrice.Bytes()
	}
	if c.cfg.Verifier != (common.Address{}) {
		req.Verifier = c.cfg.Verifier.Bytes()
	}
	if c.cfg.Callback != (common.Address{}) {
		req.Callback = c.cfg.Callback.Bytes()
	}
	var resp pb.QuoteResponse
	if err := stream.Call(ctx, c.net.Host(), ai.ID, netproto.Quote, req, &resp); err != nil {
		return nil, fmt.Errorf("quote: %w", err)
	}
	switch resp.Refusal {
	case pb.QuoteResponse_NONE:
	case pb.QuoteResponse_PRICE_TOO_LOW:
		return nil, fmt.Errorf("%w: refused (%s): %s", ErrTooDear, resp.Refusal, resp.Reason)
	default:
		return nil, fmt.Errorf("refused (%s): %s", resp.Refusal, resp.Reason)
	}
	q, err := resp.Quote.EIP712()
	if err != nil {
		return nil, err
	}
	d, err := q.Digest(c.chain.Domain())
	if err != nil {
		return nil, err
	}
	signer, err := eip712.Recover(d, resp.Signature)
	switch {
	case err != nil || signer != q.Node:
		return nil, fmt.Errorf("quote not signed by its node %s", q.Node)
	case q.Requester != c.tx.From():
		return nil, errors.New("quote names another requester")
	case q.Verifier != c.cfg.Verifier:
		return nil, fmt.Errorf("quote names verifier %s, not %s", q.Verifier, c.cfg.Verifier)
	case q.Callback != c.cfg.Callback:
		return nil, fmt.Errorf("quote names callback %s, not %s", q.Callback, c.cfg.Callback)
	case deadline.maxPrice != nil && q.Price.Cmp(deadline.maxPrice) > 0:
		return nil, fmt.Errorf("%w: price %s above the maximum %s", ErrTooDear, q.Price, deadline.maxPrice)
	case q.ProvingDeadline > uint64(deadline.latest.Unix()):
		// The price would stay in escrow, unrefundable, until then.
		return nil, fmt.Errorf("%w: proving deadline %s is later than the %s asked for", ErrLateDeadline,
			time.Unix(int64(q.ProvingDeadline), 0).UTC().Format(time.RFC3339), deadline.latest.UTC().Format(time.RFC3339))
	}
	sized, err := tk.Resolve(receipt.Digest(q.ProgramID))
	if err != nil {
		return nil, fmt.Errorf("quote is for another program: %v", err)
	}
	id, err := sized.InputDigest()
	if err != nil {
		return nil, fmt.Errorf("input: %w", err)
	}
	if common.Hash(id) != q.InputDigest {
		return nil, fmt.Errorf("quote is for another input (input digest %s, this input's %s)", q.InputDigest, common.Hash(id))
	}
	return &offer{node: ai, quote: q, sig: resp.Signature, task: sized}, nil
}

// chainCallTimeout bounds each chain read or refund while waiting.
const chainCallTimeout = 10 * time.Second

// wait polls the task until it is fulfilled, or refunds it after its
// deadline. The chain's endpoint going away for a while is no reason to
// give up a paid task: a failed read or a refund that never reached the
// chain is logged and tried again at the next tick, until ctx ends.
func (c *Client) wait(ctx context.Context, id common.Hash, deadline time.Time, progress Progress) error {
	tick := time.NewTicker(c.cfg.Poll)
	defer tick.Stop()
	failing := 0 // chain calls failed in a row, to log the first and every 50th
	for {
		if err := c.waitStep(ctx, id, deadline, progress); err != errPending {
			var re *contracts.RevertError
			switch {
			case ctx.Err() != nil:
				return ctx.Err()
			case err == nil || errors.Is(err, ErrRefunded) || errors.As(err, &re):
				return err
			}
			if failing%50 == 0 {
				c.log.Warn("chain unreachable while waiting for the task; retrying", "task", id, "err", err)
			}
			failing++
		} else {
			failing = 0
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

// waitFulfilled waits for task id to be fulfilled (or refunded: wait) and
// returns its TaskFulfilled event. A chain reorganisation may take the
// fulfil away between the two reads: the task read fulfilled, then no
// TaskFulfilled log (chaos reorg-fulfil-lost, whose first run in a CI run
// ended Prove there with ErrNotFulfilled although the node fulfilled the
// task again seconds later). Then the task is open again on chain, and the
// requester waits again, as for any open task, until the node's new fulfil
// or the deadline's refund.
func (c *Client) waitFulfilled(ctx context.Context, id common.Hash, deadline time.Time, progress Progress) (*contracts.AorakiTaskFulfilled, error) {
	for {
		if err := c.wait(ctx, id, deadline, progress); err != nil {
			return nil, err
		}
		ev, err := c.fulfilled(ctx, id)
		if !errors.Is(err, aoraki.ErrNotFulfilled) {
			return ev, err
		}
		c.log.Warn("the task read fulfilled, but its TaskFulfilled log is gone (a reorganisation); waiting again", "task", id)
		progress("fulfilment-reorged", map[string]any{"task": id.Hex()})
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(c.cfg.Poll):
		}
	}
}

// fulfilled reads task id's TaskFulfilled event, retrying a chain that
// does not answer (as wait does) until ctx ends.
func (c *Client) fulfilled(ctx context.Context, id common.Hash) (*contracts.AorakiTaskFulfilled, error) {
	for {
		cctx, cancel := context.WithTimeout(ctx, chainCallTimeout)
		ev, err := c.chain.Fulfilled(cctx, c.cfg.DeployBlock, id)
		cancel()
		if err == nil || errors.Is(err, aoraki.ErrNotFulfilled) || ctx.Err() != nil {
			return ev, err
		}
		c.log.Warn("chain unreachable reading the fulfilment; retrying", "task", id, "err", err)
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(c.cfg.Poll):
		}
	}
}

// receiptPatience bounds how long the requester keeps asking the task's
// node for the receipt of a fulfilled task: a node that crashed right
// after fulfil is back within it.
const receiptPatience = 2 * time.Minute

// fetchReceipt fetches the receipt from the task's node, asking again
// (each second, for receiptPatience) while the node cannot be reached.
func (c *Client) fetchReceipt(ctx context.Context, node peer.ID, rc cid.Cid, max int64) error {
	deadline := time.Now().Add(receiptPatience)
	for {
		_, err := c.net.Blobs().FetchFrom(ctx, node, rc, max)
		if err == nil || ctx.Err() != nil || time.Now().After(deadline) {
			return err
		}
		c.log.Warn("the task's node did not serve its receipt; asking again", "node", node, "receipt", rc, "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

// errPending is a task still open, to be polled again.
var errPending = errors.New("requester: task still open")

// waitStep reads the task once and refunds it if its deadline passed:
// nil once fulfilled, ErrRefunded once refunded, errPending while open.
func (c *Client) waitStep(ctx context.Context, id common.Hash, deadline time.Time, progress Progress) error {
	cctx, cancel := context.WithTimeout(ctx, chainCallTimeout)
	defer cancel()
	t, err := c.chain.Task(cctx, id)
	if err != nil {
		return fmt.Errorf("reading the task: %w", err)
	}
	switch t.Status {
	case aoraki.TaskFulfilled:
		return nil
	case aoraki.TaskRefunded:
		return ErrRefunded
	}
	if !time.Now().After(deadline) {
		return errPending
	}
	// The contract judges by block time; a refund it finds early
	// reverts with DeadlineNotPassed and is simply tried again.
	_, err = c.chain.Refund(cctx, id)
	if err == nil {
		progress("refunded", map[string]any{"task": id.Hex()})
		return ErrRefunded
	}
	var re *contracts.RevertError
	if errors.As(err, &re) && re.Name == "DeadlineNotPassed" {
		return errPending
	}
	return fmt.Errorf("refund after the deadline: %w", err)
}

// chainNow is the later of this machine's clock and the chain head's time.
// The contract judges deadlines by the chain's clock, which runs ahead of
// the wall clock on a dev chain that seals a block per transaction (each
// block at least a second after its parent): a deadline counted from the
// wall clock could already have passed there.
func (c *Client) chainNow(ctx context.Context) time.Time {
	now := time.Now()
	hctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if h, err := c.eth.HeaderByNumber(hctx, nil); err == nil {
		if t := time.Unix(int64(h.Time), 0); t.After(now) {
			return t
		}
	}
	return now
}
