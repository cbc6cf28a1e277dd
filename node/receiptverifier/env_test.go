package receiptverifier_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/deploy"
	"github.com/zkpool/aoraki/chain/devchain"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/receiptverifier"
	"github.com/zkpool/aoraki/protocol/eip712"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/local"
	"github.com/zkpool/aoraki/prover/program"
	"github.com/zkpool/aoraki/prover/receipt"
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

// proven is a session proven by the local prover.
type proven struct {
	expect  receipt.Expect
	receipt *receipt.CompositeReceipt
}

type fixtures struct {
	store *setup.Store
	// dtree: 17 Iris samples in segments of 8 (3 segments, circuits with a commitment).
	iris proven
	// hashchain: 5 steps in segments of 2 (3 segments, no commitment), and
	// the same chain in segments of 3 (another family, same program id).
	chain, chain3 proven
	seed          fr.Element
}

var (
	fixOnce sync.Once
	fix     fixtures
	fixErr  error
)

func proveSession(st *setup.Store, sess *program.Session) (proven, error) {
	res, err := (&local.Prover{Store: st, Address: [20]byte{0xAA}}).Prove(context.Background(), sess)
	if err != nil {
		return proven{}, err
	}
	return proven{expect: sess.Expect, receipt: res.Receipt}, nil
}

func loadFixtures(t testing.TB) *fixtures {
	t.Helper()
	fixOnce.Do(func() {
		fixErr = func() error {
			st, err := setup.Open(setup.DefaultDir(), nil)
			if err != nil {
				return err
			}
			fix.store = st
			const dir = "../../prover/tree/testdata/smartcore-iris/"
			m, err := tree.LoadModel(dir + "tree_model.msgpack")
			if err != nil {
				return err
			}
			in, err := tree.LoadInputs(dir+"input_data.msgpack", m.NumFeatures)
			if err != nil {
				return err
			}
			p, err := dtree.New(m, 8)
			if err != nil {
				return err
			}
			ds, err := p.Execute(in[:17])
			if err != nil {
				return err
			}
			if fix.iris, err = proveSession(st, &ds.Session); err != nil {
				return err
			}
			fix.seed = fr.NewElement(42)
			for _, c := range []struct {
				seg int
				out *proven
			}{{2, &fix.chain}, {3, &fix.chain3}} {
				hs, err := hashchain.Execute(hashchain.Task{Seed: fix.seed, Steps: 5}, c.seg)
				if err != nil {
					return err
				}
				if *c.out, err = proveSession(st, &hs.Session); err != nil {
					return err
				}
			}
			return nil
		}()
	})
	if fixErr != nil {
		t.Fatal(fixErr)
	}
	return &fix
}

// env is an embedded chain with Aoraki, two registered nodes and a
// ReceiptVerifier with the iris and hashchain/s2 families registered.
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
	c, err := devchain.Start(ctx, devchain.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	cl, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	e := &env{t: t, fix: fx, chain: c, cl: cl, managers: map[int]*txmgr.Manager{}, clients: map[int]*aoraki.Client{}}
	res, err := deploy.Aoraki(ctx, e.manager(keyDeployer), deploy.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	e.aoraki = res.Address
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

// quote is a fresh quote from the node to the requester for program, naming the verifier.
func (e *env) quote(program receipt.Digest) eip712.Quote {
	e.t.Helper()
	head, err := e.cl.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	e.nonce++
	return eip712.Quote{Node: devchain.DevAddress(keyNode), Requester: devchain.DevAddress(keyRequester),
		ProgramID: common.Hash(program), InputDigest: common.BigToHash(big.NewInt(e.nonce)),
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
