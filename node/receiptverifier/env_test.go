package receiptverifier_test

import (
	"context"
	"fmt"
	"github.com/zkpool/aoraki/prover/programs"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/nodetest"
	"github.com/zkpool/aoraki/node/receiptverifier"
	"github.com/zkpool/aoraki/protocol/eip712"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/program"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/tree"
)

// Dev keys: 0 deploys (and owns the verifier), 1 requests, 2 and 3 are nodes.
const (
	keyDeployer  = 0
	keyRequester = 1
	keyNode      = 2
	keyNode2     = 3
)

// Every seal is bound to its task, so the fixture receipts are proven for
// fixed quotes whose task ids are the same on every fresh chain: the
// deployer's first two contracts are Aoraki and the ReceiptVerifier (newEnv
// checks it), on the dev chain id, and chain/contracts' harness deploys them
// in the same order on the simulated backend, where the committed fixture
// (receipts.json) is replayed.
var (
	fixtureAoraki   = crypto.CreateAddress(devchain.DevAddress(keyDeployer), 0)
	fixtureVerifier = crypto.CreateAddress(devchain.DevAddress(keyDeployer), 1)
	fixtureDomain   = eip712.AorakiDomain(big.NewInt(devchain.DefaultChainID), fixtureAoraki)
)

const (
	// fixtureDeadline (2100-01-01) is the fixture quotes' expiry and proving
	// deadline: they can be submitted on any fresh chain.
	fixtureDeadline = 4_102_444_800
	// fixtureNonce is the first fixture quote's nonce, far from env.quote's.
	fixtureNonce = 1 << 40
)

// fixtureQuote is a quote from the node to the requester for a task of
// program on the input whose digest is input, naming the fixture verifier.
func fixtureQuote(program, input receipt.Digest, nonce int64) eip712.Quote {
	return eip712.Quote{Node: devchain.DevAddress(keyNode), Requester: devchain.DevAddress(keyRequester),
		ProgramID: common.Hash(program), InputDigest: common.Hash(input), Price: big.NewInt(params.Ether / 100),
		ProvingDeadline: fixtureDeadline, Expiry: fixtureDeadline, Nonce: big.NewInt(nonce), Verifier: fixtureVerifier}
}

// segmentProver and segmentPrice are who proved segment k of a fixture
// receipt and the price it was awarded, as the market would bind them.
func segmentProver(k int) [20]byte {
	return [20]byte(crypto.Keccak256([]byte(fmt.Sprintf("fixture prover %d", k%3)))[:20])
}

func segmentPrice(k int) *big.Int { return big.NewInt(int64(k+1) * params.GWei * 100_000) }

// proven is a session proven for the task of a fixture quote.
type proven struct {
	quote   eip712.Quote
	task    common.Hash
	expect  receipt.Expect // Task set
	sess    *program.Session
	receipt *receipt.CompositeReceipt
}

// proveSegments proves the first n segments of sess for task, the segment
// of index k by segmentProver(k) at segmentPrice(k).
func proveSegments(st *setup.Store, sess *program.Session, task common.Hash, n int) (*receipt.CompositeReceipt, error) {
	art, err := st.Ensure(sess.Family)
	if err != nil {
		return nil, err
	}
	out := &receipt.CompositeReceipt{Task: task}
	for k := 0; k < n; k++ {
		seg := sess.Segments[k]
		i := int(seg.Claim.Index)
		r := receipt.SegmentReceipt{Claim: seg.Claim, Task: task, Prover: segmentProver(i), Price: segmentPrice(i)}
		b, err := r.Binding()
		if err != nil {
			return nil, err
		}
		if r.Seal, err = seal.Prove(art.CCS, art.PK, seg.Claim, b, seg.Witness); err != nil {
			return nil, err
		}
		if err := r.Verify(st); err != nil {
			return nil, fmt.Errorf("segment %d: %w", k, err)
		}
		out.Segments = append(out.Segments, r)
	}
	return out, nil
}

// proveFor proves every segment of sess for the task of q and checks the
// composite receipt off chain.
func proveFor(st *setup.Store, sess *program.Session, q eip712.Quote) (proven, error) {
	task, err := q.Digest(fixtureDomain)
	if err != nil {
		return proven{}, err
	}
	r, err := proveSegments(st, sess, task, len(sess.Segments))
	if err != nil {
		return proven{}, err
	}
	want := sess.Expect
	want.Task = task
	if err := r.Verify(st, want); err != nil {
		return proven{}, err
	}
	return proven{quote: q, task: task, expect: want, sess: sess, receipt: r}, nil
}

type fixtures struct {
	store *setup.Store
	// samples are the 150 Iris samples, model the Iris tree.
	samples [][]float64
	model   *tree.Model
	// iris: the 150 Iris samples in segments of 32 (5 segments, circuits
	// with a commitment), the demo's task.
	iris proven
	// irisOther is the last iris segment proven for iris's task on another
	// input: sample 150 replaced by sample 1, so segments 0..3 are iris's
	// and its input chain ends elsewhere.
	irisOther receipt.SegmentReceipt
	// irisOtherFinal is where irisOther's state chain ends.
	irisOtherFinal receipt.Digest
	// hashchain: 5 steps in segments of 2 (3 segments, no commitment), and
	// the same chain in segments of 3 (another family, same program id and
	// input digest) proven for the same task.
	chain, chain3 proven
	seed          fr.Element
}

var (
	fixOnce sync.Once
	fix     fixtures
	fixErr  error
)

func loadFixtures(t testing.TB) *fixtures {
	t.Helper()
	fixOnce.Do(func() { fixErr = fix.load() })
	if fixErr != nil {
		t.Fatal(fixErr)
	}
	return &fix
}

func (fx *fixtures) load() error {
	st, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		return err
	}
	fx.store = st
	const dir = "../../prover/tree/testdata/smartcore-iris/"
	if fx.model, err = tree.LoadModel(dir + "tree_model.msgpack"); err != nil {
		return err
	}
	if fx.samples, err = tree.LoadInputs(dir+"input_data.msgpack", fx.model.NumFeatures); err != nil {
		return err
	}
	if len(fx.samples) != 150 {
		return fmt.Errorf("%d Iris samples, want 150", len(fx.samples))
	}
	p, err := dtree.Open(fx.model, 32, programs.Bases{})
	if err != nil {
		return err
	}
	ds, err := p.Execute(fx.samples)
	if err != nil {
		return err
	}
	q := fixtureQuote(ds.Expect.ProgramID, ds.Expect.InputFinal, fixtureNonce)
	if fx.iris, err = proveFor(st, &ds.Session, q); err != nil {
		return err
	}
	other := append([][]float64{}, fx.samples...)
	other[149] = fx.samples[0]
	osess, err := p.Execute(other)
	if err != nil {
		return err
	}
	n := len(osess.Segments)
	for k := 0; k < n-1; k++ {
		if osess.Segments[k].Claim != ds.Segments[k].Claim {
			return fmt.Errorf("segment %d differs on the other input", k)
		}
	}
	if osess.Expect.InputFinal == ds.Expect.InputFinal {
		return fmt.Errorf("the other input has the same input digest")
	}
	last := osess.Session
	last.Segments = osess.Segments[n-1:]
	other1, err := proveSegments(st, &last, fx.iris.task, 1)
	if err != nil {
		return err
	}
	fx.irisOther, fx.irisOtherFinal = other1.Segments[0], osess.Expect.Final

	fx.seed = fr.NewElement(42)
	ht := hashchain.Task{Seed: fx.seed, Steps: 5}
	q2 := fixtureQuote(receipt.DigestOf(hashchain.ProgramID()), receipt.DigestOf(hashchain.InputDigest(ht)), fixtureNonce+1)
	for _, c := range []struct {
		seg int
		out *proven
	}{{2, &fx.chain}, {3, &fx.chain3}} {
		hs, err := hashchain.Execute(ht, c.seg)
		if err != nil {
			return err
		}
		if *c.out, err = proveFor(st, &hs.Session, q2); err != nil {
			return err
		}
	}
	return nil
}

// env is an embedded chain with Aoraki, two registered nodes and a
// ReceiptVerifier with the iris and hashchain/s2 families registered, at the
// fixture's addresses.
type env struct {
	t        *testing.T
	fix      *fixtures
	chain    *devchain.Chain
	cl       *ethclient.Client
	aoraki   common.Address
	managers map[int]*txmgr.Manager
	clients  map[int]*aoraki.Client
	verifier *receiptverifier.Client // owner's client
	nonce    int64
}

func newEnv(t *testing.T) *env {
	t.Helper()
	fx := loadFixtures(t)
	ctx := context.Background()
	// The shared network harness: the embedded chain, Aoraki deployed by
	// the deployer's first transaction.
	net := nodetest.New(t)
	c, cl := net.Chain, net.Eth
	e := &env{t: t, fix: fx, chain: c, cl: cl, aoraki: net.Contract, managers: map[int]*txmgr.Manager{}, clients: map[int]*aoraki.Client{}}
	var err error
	for _, k := range []int{keyNode, keyNode2} {
		if _, err := e.as(k).RegisterNode(ctx, big.NewInt(params.Ether)); err != nil {
			t.Fatal(err)
		}
	}
	names := []string{fx.iris.expect.Family, fx.chain.expect.Family}
	e.verifier, err = receiptverifier.DeployFor(ctx, cl, e.manager(keyDeployer), e.aoraki, fx.store, names)
	if err != nil {
		t.Fatal(err)
	}
	// The fixture's quotes have a fixed proving deadline (their digests are
	// the task ids its seals are bound to); Aoraki takes none further than
	// MAX_PROVING_WINDOW away, so the chain's clock moves to a day before it.
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if fixtureDeadline > head.Time+86400 {
		if err := c.AdjustTime(time.Duration(fixtureDeadline-86400-head.Time) * time.Second); err != nil {
			t.Fatal(err)
		}
	}
	if e.aoraki != fixtureAoraki || e.verifier.Address() != fixtureVerifier || e.chain.ChainID().Int64() != devchain.DefaultChainID {
		t.Fatalf("Aoraki at %s, verifier at %s, chain %s: the fixture's tasks are for %s, %s, %d",
			e.aoraki, e.verifier.Address(), e.chain.ChainID(), fixtureAoraki, fixtureVerifier, devchain.DefaultChainID)
	}
	return e
}

func (e *env) manager(i int) *txmgr.Manager {
	if m, ok := e.managers[i]; ok {
		return m
	}
	cfg := txmgr.DefaultConfig()
	cfg.PollInterval = 10 * time.Millisecond
	m, err := txmgr.New(context.Background(), e.cl, devchain.DevKey(i), cfg, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { _ = m.Close() })
	e.managers[i] = m
	return m
}

func (e *env) as(i int) *aoraki.Client {
	if c, ok := e.clients[i]; ok {
		return c
	}
	c, err := aoraki.New(e.cl, e.manager(i), e.aoraki, e.chain.ChainID())
	if err != nil {
		e.t.Fatal(err)
	}
	e.clients[i] = c
	return c
}

// verifierAs is dev key i's client of the verifier.
func (e *env) verifierAs(i int) *receiptverifier.Client {
	c, err := receiptverifier.New(e.cl, e.manager(i), e.verifier.Address())
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

// quote is a fresh quote from the node to the requester for program on the
// input with digest input, naming the verifier.
func (e *env) quote(program, input receipt.Digest) eip712.Quote {
	e.t.Helper()
	head, err := e.cl.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	e.nonce++
	return eip712.Quote{Node: devchain.DevAddress(keyNode), Requester: devchain.DevAddress(keyRequester),
		ProgramID: common.Hash(program), InputDigest: common.Hash(input),
		Price: big.NewInt(params.Ether / 100), ProvingDeadline: head.Time + 3600, Expiry: head.Time + 3600,
		Nonce: big.NewInt(e.nonce), Verifier: e.verifier.Address()}
}

// submit opens the task of q and returns its id.
func (e *env) submit(q eip712.Quote) common.Hash {
	e.t.Helper()
	_, sig, err := q.Sign(e.as(keyRequester).Domain(), devchain.DevKey(keyNode))
	if err != nil {
		e.t.Fatal(err)
	}
	id, _, err := e.as(keyRequester).SubmitTask(context.Background(), q, sig)
	if err != nil {
		e.t.Fatal(err)
	}
	return id
}

// open submits the task p was proven for (pinning its initial state first
// when its family has none fixed) and checks its id is the one p's seals
// are bound to.
func (e *env) open(p proven) common.Hash {
	e.t.Helper()
	if _, fixed := receiptverifier.FixedInitialState(p.expect.Family); !fixed {
		if _, err := e.verifierAs(keyRequester).PinInitialState(context.Background(), p.quote, p.expect.Initial); err != nil {
			e.t.Fatal(err)
		}
	}
	id := e.submit(p.quote)
	if id != p.task {
		e.t.Fatalf("task %s, the receipt is bound to %s", id, p.task)
	}
	return id
}

// fulfill sends fulfill for the task with the attestation of the other node
// (the quorum of a two-node network; the task's own node does not attest).
func (e *env) fulfill(id common.Hash, result receipt.Digest, proof []byte) (*types.Receipt, error) {
	e.t.Helper()
	f := aoraki.Fulfillment{TaskID: id, ResultDigest: common.Hash(result), ReceiptDigest: common.HexToHash("0xbb"),
		Payouts: []eip712.Payout{{To: devchain.DevAddress(keyNode), Amount: big.NewInt(params.Ether / 200)}},
		Proof:   proof}
	att, err := f.Attestation()
	if err != nil {
		e.t.Fatal(err)
	}
	node := e.as(keyNode)
	digest, err := att.Digest(node.Domain())
	if err != nil {
		e.t.Fatal(err)
	}
	var sigs [][]byte
	for _, k := range []int{keyNode2} {
		s, err := eip712.Sign(digest, devchain.DevKey(k))
		if err != nil {
			e.t.Fatal(err)
		}
		sigs = append(sigs, s)
	}
	if f.Attestations, _, err = eip712.PackAttestations(digest, sigs); err != nil {
		e.t.Fatal(err)
	}
	return node.Fulfill(context.Background(), f)
}
