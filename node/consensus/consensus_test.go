package consensus

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"github.com/zkpool/aoraki/prover/programs"
	"math/big"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"google.golang.org/protobuf/proto"

	"github.com/zkpool/aoraki/protocol/cids"
	"github.com/zkpool/aoraki/protocol/eip712"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/prover/local"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
	"github.com/zkpool/aoraki/prover/task"
)

// chainState is an in-memory Chain for unit tests, with the contract's rule
// (a 2/3 quorum of each task's set at submission, less the task's node); the
// node's integration tests run the same logic against the real contract.
type chainState struct {
	tasks map[common.Hash]OnChainTask
	// sets is each task's verifier set at submission, its node included.
	sets map[common.Hash]map[common.Address]bool
}

func (c *chainState) Task(_ context.Context, id common.Hash) (OnChainTask, error) {
	t, ok := c.tasks[id]
	if !ok {
		return t, errors.New("unknown task")
	}
	return t, nil
}
func (c *chainState) CanAttest(_ context.Context, id common.Hash, a common.Address) (bool, error) {
	set := c.sets[id]
	if !set[a] {
		return false, nil
	}
	return a != c.tasks[id].Node || len(set) == 1, nil
}
func (c *chainState) Quorum(_ context.Context, id common.Hash) (int, error) {
	others := len(c.sets[id]) - 1
	if others <= 0 {
		return 1, nil
	}
	return (2*others + 2) / 3, nil
}

type blobs map[string][]byte

func (b blobs) Fetch(_ context.Context, c cid.Cid, max int64) ([]byte, error) {
	v, ok := b[c.String()]
	if !ok {
		return nil, fmt.Errorf("blob %s not found", c)
	}
	if err := setup.CheckCID(c, v); err != nil {
		return nil, err
	}
	return v, nil
}

type fixture struct {
	st        *setup.Store
	chain     *chainState
	blobs     blobs
	nodeKey   *ecdsa.PrivateKey
	node      common.Address
	prover    common.Address
	id        common.Hash
	tk        *task.Task
	inputCID  cid.Cid
	prop      *Proposal
	composite *receipt.CompositeReceipt
	domain    eip712.Domain
	keys      []*ecdsa.PrivateKey
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	st, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	in, err := task.NewHashchain(fr.NewElement(3), 6, 4)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := task.Open(in, programs.Bases{})
	if err != nil {
		t.Fatal(err)
	}
	sess, journal, err := tk.Execute()
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{st: st, blobs: blobs{}, tk: tk, id: common.Hash{0x77},
		domain: eip712.AorakiDomain(big.NewInt(1337), common.Address{0xcc})}
	for i := 0; i < 3; i++ {
		k, _ := crypto.GenerateKey()
		f.keys = append(f.keys, k)
	}
	f.nodeKey = f.keys[0]
	f.node = Signer(f.nodeKey)
	f.prover = common.Address{0xbe, 0xef}
	// Both segments awarded to one prover at 350 wei each: its seals are
	// bound to this task, its address and that price.
	res, err := (&local.Prover{Store: st, Address: f.prover, Task: f.id, Price: big.NewInt(350)}).Prove(context.Background(), sess)
	if err != nil {
		t.Fatal(err)
	}
	f.composite = res.Receipt
	var segs [][]byte
	for _, s := range res.Receipt.Segments {
		b, _ := s.MarshalBinary()
		segs = append(segs, b)
	}
	price := big.NewInt(1000)
	payouts, err := Payouts(f.node, price, []Award{{f.prover, big.NewInt(350)}, {f.prover, big.NewInt(350)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(payouts) != 2 || payouts[0].Amount.Int64()+payouts[1].Amount.Int64() != 1000 {
		t.Fatalf("payouts %+v", payouts)
	}
	f.prop, err = Build(st, f.id, tk, journal, segs, payouts)
	if err != nil {
		t.Fatal(err)
	}
	f.inputCID = cids.Of(in)
	f.blobs[f.inputCID.String()] = in
	f.blobs[f.prop.ReceiptCID.String()] = f.prop.Receipt
	f.chain = &chainState{tasks: map[common.Hash]OnChainTask{f.id: {Node: f.node, ProgramID: common.Hash(tk.ProgramID()),
		InputDigest: common.Hash(inputDigest(t, tk)), Price: price, Deadline: time.Now().Add(time.Hour), Open: true}},
		sets: map[common.Hash]map[common.Address]bool{f.id: {}}}
	for _, k := range f.keys {
		f.chain.sets[f.id][Signer(k)] = true
	}
	return f
}

func inputDigest(t *testing.T, tk *task.Task) receipt.Digest {
	t.Helper()
	d, err := tk.InputDigest()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func (f *fixture) verifier(i int) *Verifier {
	return &Verifier{Keys: f.st, Bases: programs.Bases{Store: f.st}, Chain: f.chain, Fetch: f.blobs, Key: f.keys[i], Domain: f.domain}
}

func TestHonestProposalReachesQuorum(t *testing.T) {
	f := newFixture(t)
	col := &Collector{Chain: f.chain, Domain: f.domain}
	req := f.prop.Request(f.inputCID, nil)
	held := heldSigs{}
	var quorum bool
	for i := 1; i < 3; i++ {
		att, err := f.verifier(i).Check(context.Background(), f.node, req)
		if err != nil {
			t.Fatalf("verifier %d: %v", i, err)
		}
		q, err := held.add(col, f.prop, att)
		if err != nil {
			t.Fatal(err)
		}
		// Duplicates count once.
		n := len(held)
		if _, err := held.add(col, f.prop, att); err != nil || len(held) != n {
			t.Fatal("a duplicate attestation was counted")
		}
		quorum = q
		if i == 1 && q {
			t.Fatal("quorum of the 2 other verifiers reached with one attestation")
		}
	}
	if !quorum {
		t.Fatal("both other verifiers' attestations did not reach the quorum")
	}
	held.add(col, f.prop, mustCheck(t, f.verifier(1), f.node, req))
	var sigs [][]byte
	for _, s := range held {
		sigs = append(sigs, s)
	}
	digest, _ := (&eip712.Attestation{TaskID: f.id, ResultDigest: f.prop.ResultDigest, ReceiptDigest: f.prop.ReceiptDigest, PayoutsHash: f.prop.PayoutsHash}).Digest(f.domain)
	if _, signers, err := eip712.PackAttestations(digest, sigs); err != nil || len(signers) != 2 {
		t.Fatalf("pack: %v %v", signers, err)
	}
}

// The aggregating node is not its own witness: with other nodes in the
// task's set, its own Verifier does no work for it, and its own signature
// does not count towards the quorum. In a one-node network it is the one.
func TestTaskNodeIsNotItsOwnWitness(t *testing.T) {
	f := newFixture(t)
	req := f.prop.Request(f.inputCID, nil)
	if _, err := f.verifier(0).Check(context.Background(), f.node, req); !errors.Is(err, ErrRefused) {
		t.Fatalf("the task's node checked its own proposal: %v", err)
	}
	col := &Collector{Chain: f.chain, Domain: f.domain}
	att := f.prop.Attestation()
	own, _ := att.Sign(f.domain, f.nodeKey)
	if _, err := col.Verify(context.Background(), f.prop.Attestation(), &pb.Attestation{TaskId: f.id[:], Signature: own}); !errors.Is(err, ErrAttestation) {
		t.Fatalf("the task's node's own attestation: %v", err)
	}

	// A one-node network: the node's own attestation is the quorum.
	f.chain.sets[f.id] = map[common.Address]bool{f.node: true}
	att0 := mustCheck(t, f.verifier(0), f.node, req)
	if q, err := (heldSigs{}).add(col, f.prop, att0); err != nil || !q {
		t.Fatalf("one-node network: quorum %v, %v", q, err)
	}
}

// heldSigs are the attestations a node keeps for one proposal, by signer.
type heldSigs map[common.Address][]byte

// add keeps a when the collector counts it, and reports the quorum.
func (h heldSigs) add(col *Collector, p *Proposal, a *pb.Attestation) (bool, error) {
	signer, err := col.Verify(context.Background(), p.Attestation(), a)
	if err != nil {
		return false, err
	}
	h[signer] = a.Signature
	return col.Reached(context.Background(), p.TaskID, len(h))
}

func mustCheck(t *testing.T, v *Verifier, from common.Address, req *pb.AttestationRequest) *pb.Attestation {
	t.Helper()
	a, err := v.Check(context.Background(), from, req)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestVerifierRefuses(t *testing.T) {
	f := newFixture(t)
	base := f.prop.Request(f.inputCID, nil)
	clone := func() *pb.AttestationRequest { return proto.Clone(base).(*pb.AttestationRequest) }
	stranger := common.Address{0x99}
	cases := []struct {
		name  string
		from  common.Address
		edit  func(r *pb.AttestationRequest)
		chain func(c *chainState)
	}{
		{name: "not the task's node", from: stranger},
		{name: "this verifier not in the task's set", chain: func(c *chainState) {
			c.sets[f.id] = map[common.Address]bool{f.node: true, Signer(f.keys[2]): true}
		}},
		{name: "task closed", chain: func(c *chainState) { t := c.tasks[f.id]; t.Open = false; c.tasks[f.id] = t }},
		{name: "past deadline", chain: func(c *chainState) { t := c.tasks[f.id]; t.Deadline = time.Now().Add(-time.Second); c.tasks[f.id] = t }},
		{name: "unknown task", edit: func(r *pb.AttestationRequest) { r.TaskId = make([]byte, 32) }},
		{name: "other input", chain: func(c *chainState) { t := c.tasks[f.id]; t.InputDigest = common.Hash{1}; c.tasks[f.id] = t }},
		{name: "other program", chain: func(c *chainState) { t := c.tasks[f.id]; t.ProgramID = common.Hash{1}; c.tasks[f.id] = t }},
		{name: "journal changed", edit: func(r *pb.AttestationRequest) { r.Result = make([]byte, 32) }},
		{name: "result digest changed", edit: func(r *pb.AttestationRequest) { r.ResultDigest = make([]byte, 32) }},
		{name: "payout to a stranger", edit: func(r *pb.AttestationRequest) {
			r.Payouts = append(r.Payouts, &pb.Payout{To: stranger[:], Amount: []byte{1}})
		}},
		{name: "prover unpaid", edit: func(r *pb.AttestationRequest) { r.Payouts = r.Payouts[1:] }},
		{name: "payouts above price", chain: func(c *chainState) { t := c.tasks[f.id]; t.Price = big.NewInt(10); c.tasks[f.id] = t }},
		{name: "payouts hash mismatch", edit: func(r *pb.AttestationRequest) { r.PayoutsHash = make([]byte, 32) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			saved, savedSet := f.chain.tasks[f.id], f.chain.sets[f.id]
			defer func() { f.chain.tasks[f.id], f.chain.sets[f.id] = saved, savedSet }()
			if tc.chain != nil {
				tc.chain(f.chain)
			}
			r := clone()
			if tc.edit != nil {
				tc.edit(r)
			}
			from := f.node
			if tc.from != (common.Address{}) {
				from = tc.from
			}
			if _, err := f.verifier(1).Check(context.Background(), from, r); !errors.Is(err, ErrRefused) {
				t.Fatalf("err = %v, want ErrRefused", err)
			}
		})
	}
	// The node's own proposals that rob its prover, as a node would send
	// them: a consistent request (receipt stored under its CID, payouts
	// hash over the payouts), refused by every honest verifier.
	relabelled := *f.composite
	relabelled.Segments = append([]receipt.SegmentReceipt(nil), f.composite.Segments...)
	for i := range relabelled.Segments {
		relabelled.Segments[i].Prover = f.node // the node claims the proof as its own
	}
	for name, rob := range map[string]struct {
		comp    *receipt.CompositeReceipt
		payouts []eip712.Payout
	}{
		// A prover awarded 700 wei (two segments at 350) is paid 1.
		"prover awarded 700 paid 1": {f.composite, []eip712.Payout{{To: f.prover, Amount: big.NewInt(1)}, {To: f.node, Amount: big.NewInt(999)}}},
		// A prover paid 699 of the 700 its seals are bound to.
		"prover paid one wei short": {f.composite, []eip712.Payout{{To: f.prover, Amount: big.NewInt(699)}, {To: f.node, Amount: big.NewInt(301)}}},
		// The node rewrites every segment's prover to itself and takes everything.
		"node re-labels the provers": {&relabelled, []eip712.Payout{{To: f.node, Amount: big.NewInt(1000)}}},
	} {
		t.Run(name, func(t *testing.T) {
			enc, err := rob.comp.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			ph, err := eip712.PayoutsHash(rob.payouts)
			if err != nil {
				t.Fatal(err)
			}
			p := *f.prop
			p.Receipt, p.ReceiptCID, p.Payouts, p.PayoutsHash = enc, cids.Of(enc), rob.payouts, ph
			f.blobs[p.ReceiptCID.String()] = enc
			_, err = f.verifier(1).Check(context.Background(), f.node, p.Request(f.inputCID, nil))
			if !errors.Is(err, ErrRefused) {
				t.Fatalf("err = %v, want ErrRefused", err)
			}
			t.Logf("refused: %v", err)
			// Nor does the node itself build such a proposal.
			var segs [][]byte
			for _, s := range rob.comp.Segments {
				b, _ := s.MarshalBinary()
				segs = append(segs, b)
			}
			j := f.prop.Journal
			if _, err := Build(f.st, f.id, f.tk, j, segs, rob.payouts); err == nil {
				t.Fatal("Build made the proposal")
			}
		})
	}

	// A receipt blob with a flipped seal byte: the CID no longer matches,
	// so the fetcher refuses it; a receipt whose CID matches but whose seal
	// is bad is covered by receipt's own soundness suite.
	bad := append([]byte(nil), f.prop.Receipt...)
	bad[len(bad)-5] ^= 1
	f.blobs[f.prop.ReceiptCID.String()] = bad
	if _, err := f.verifier(1).Check(context.Background(), f.node, base); err == nil {
		t.Fatal("tampered receipt blob accepted")
	}
}

func TestCollectorRefusesOutsiders(t *testing.T) {
	f := newFixture(t)
	col := &Collector{Chain: f.chain, Domain: f.domain}
	outsider, _ := crypto.GenerateKey()
	att := f.prop.Attestation()
	sig, _ := att.Sign(f.domain, outsider)
	a := &pb.Attestation{TaskId: f.id[:], Signature: sig}
	if _, err := col.Verify(context.Background(), f.prop.Attestation(), a); !errors.Is(err, ErrAttestation) {
		t.Fatalf("outsider: %v", err)
	}
	// A verifier that signed other values does not count.
	other := att
	other.PayoutsHash = common.Hash{1}
	sig, _ = other.Sign(f.domain, f.keys[1])
	if _, err := col.Verify(context.Background(), f.prop.Attestation(), &pb.Attestation{TaskId: f.id[:], Signature: sig}); !errors.Is(err, ErrAttestation) {
		t.Fatalf("signature over other values: %v", err)
	}
	if _, err := col.Verify(context.Background(), f.prop.Attestation(), &pb.Attestation{TaskId: make([]byte, 32), Signature: sig}); !errors.Is(err, ErrAttestation) {
		t.Fatalf("unknown task: %v", err)
	}
	// A node that joined after the task was submitted (a Sybil, or a slashed
	// node that left the set) does not count for it, though it may verify
	// other tasks.
	late, _ := crypto.GenerateKey()
	f.chain.sets[common.Hash{0x78}] = map[common.Address]bool{Signer(late): true, f.node: true}
	sig, _ = att.Sign(f.domain, late)
	if _, err := col.Verify(context.Background(), f.prop.Attestation(), &pb.Attestation{TaskId: f.id[:], Signature: sig}); !errors.Is(err, ErrAttestation) {
		t.Fatalf("attestation from outside the task's set: %v", err)
	}
}
